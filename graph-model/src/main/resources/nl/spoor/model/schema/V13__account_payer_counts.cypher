// Per-account payer counts, kept at write time with the counts of V11 and V12 (GraphWriter, RetentionPurge): payersIn
// is the number of distinct persons holding an account that paid into a BankAccount, over the same counterparties as
// sendersIn (other accounts with at most 2,000 transfers in and out); none on a hub itself. A new holder of a paying
// account counts its receivers again, as a new transfer counts its ends. The trafficking fan-in anchor ("persons whose
// accounts receive from many persons") starts from "at least 4 payers" (an index seek: on large 4,567 accounts) where
// "at least 4 incoming transfers" was every account with a monthly wage (93,117), whose payers it then looked up.
// The counts of a store written before are filled by V15, with its own amounts, in one pass over the accounts.
CREATE INDEX bank_account_payers_in IF NOT EXISTS FOR (n:BankAccount) ON (n.payersIn);
