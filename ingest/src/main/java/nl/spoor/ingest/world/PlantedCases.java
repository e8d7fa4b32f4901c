package nl.spoor.ingest.world;

import java.util.List;

import nl.spoor.ingest.world.cases.AbcTransactionCase;
import nl.spoor.ingest.world.cases.BigFamilyLookAlike;
import nl.spoor.ingest.world.cases.CleaningCompanyLookAlike;
import nl.spoor.ingest.world.cases.FamilyWindowCleanerLookAlike;
import nl.spoor.ingest.world.cases.IntraGroupLoanLookAlike;
import nl.spoor.ingest.world.cases.MassageSalonLookAlike;
import nl.spoor.ingest.world.cases.MuleChainCase;
import nl.spoor.ingest.world.cases.OrdinaryPropertyChainLookAlike;
import nl.spoor.ingest.world.cases.PayrollProviderLookAlike;
import nl.spoor.ingest.world.cases.RentForwarderLookAlike;
import nl.spoor.ingest.world.cases.RichDoctorLookAlike;
import nl.spoor.ingest.world.cases.RoundTripCase;
import nl.spoor.ingest.world.cases.SectorNetworkCase;
import nl.spoor.ingest.world.cases.ShopTakingsLookAlike;
import nl.spoor.ingest.world.cases.StructuringCase;
import nl.spoor.ingest.world.cases.TraffickingNetworkCase;
import nl.spoor.ingest.world.cases.UnexplainedWealthCase;

/** Every case the generator plants, in the order it plants them (order is part of the seed's output). */
public final class PlantedCases {

    public static final List<PlantedCase> ALL = List.of(
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.DIRECT),
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.PARTNER),
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.COMPANY),
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.KATVANGER),
            new RichDoctorLookAlike(),
            // Sector networks and mensenhandel, with their look-alikes.
            new SectorNetworkCase(SectorNetworkCase.Variant.GLAZENWASSERS),
            new SectorNetworkCase(SectorNetworkCase.Variant.KAPPERS),
            new CleaningCompanyLookAlike(),
            new FamilyWindowCleanerLookAlike(),
            new TraffickingNetworkCase(TraffickingNetworkCase.Variant.SEKSUEEL),
            new TraffickingNetworkCase(TraffickingNetworkCase.Variant.ARBEID),
            new BigFamilyLookAlike(),
            new MassageSalonLookAlike(),
            // Money trails (DESIGN §5)
            new MuleChainCase(MuleChainCase.Variant.CASH),
            new MuleChainCase(MuleChainCase.Variant.ORGANISER),
            new PayrollProviderLookAlike(),
            new RentForwarderLookAlike(),
            new RoundTripCase(RoundTripCase.Variant.ORIGIN),
            new RoundTripCase(RoundTripCase.Variant.OWNED_COMPANY),
            new IntraGroupLoanLookAlike(),
            new StructuringCase(StructuringCase.Variant.ONE_ACCOUNT),
            new StructuringCase(StructuringCase.Variant.SEVERAL_ACCOUNTS),
            new ShopTakingsLookAlike(),
            new AbcTransactionCase(AbcTransactionCase.Variant.FAMILY),
            new AbcTransactionCase(AbcTransactionCase.Variant.SHARED_DIRECTOR),
            new OrdinaryPropertyChainLookAlike());

    private PlantedCases() {
    }
}
