-- Whether the check still finds what a flag says, as of its last run: a flag resolved
-- by hand whose finding still holds says so (the numbers were not corrected).
ALTER TABLE "flags" ADD COLUMN "finding_holds" BOOLEAN NOT NULL DEFAULT true;
