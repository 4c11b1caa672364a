-- A call's budget split by fund. Calls imported with a single budget have no split: their budget
-- is then one undivided amount.
CREATE TABLE programme.call_fund_budget (
    call_id bigint         NOT NULL REFERENCES programme.call (id) ON DELETE CASCADE,
    fund    varchar(20)    NOT NULL,
    amount  numeric(15, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (call_id, fund)
);
