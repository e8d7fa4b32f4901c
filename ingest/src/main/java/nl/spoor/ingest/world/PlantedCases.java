package nl.spoor.ingest.world;

import java.util.List;

import nl.spoor.ingest.world.cases.RichDoctorLookAlike;
import nl.spoor.ingest.world.cases.UnexplainedWealthCase;

/** Every case the generator plants, in the order it plants them (order is part of the seed's output). */
public final class PlantedCases {

    public static final List<PlantedCase> ALL = List.of(
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.DIRECT),
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.PARTNER),
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.COMPANY),
            new UnexplainedWealthCase(UnexplainedWealthCase.Variant.KATVANGER),
            new RichDoctorLookAlike());

    private PlantedCases() {
    }
}
