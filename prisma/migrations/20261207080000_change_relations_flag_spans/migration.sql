-- Relations of two new types (a change between two stated values, shares of one
-- group) with their attributes, and the spans of every flag.
--
-- ALTER TYPE ... ADD VALUE may run inside a transaction (PostgreSQL 12 and later),
-- as the service's migrator and `prisma migrate deploy` run this file, but the new
-- values cannot be used before the transaction commits: nothing below uses them.

-- AlterEnum
ALTER TYPE "RelationType" ADD VALUE 'change' BEFORE 'same-quantity';
ALTER TYPE "RelationType" ADD VALUE 'shares-of-one-group' BEFORE 'same-quantity';
ALTER TYPE "RelationRole" ADD VALUE 'from';
ALTER TYPE "RelationRole" ADD VALUE 'to';
ALTER TYPE "RelationRole" ADD VALUE 'change';
ALTER TYPE "RelationRole" ADD VALUE 'by';

-- CreateEnum
CREATE TYPE "ChangeDirection" AS ENUM ('rise', 'fall');

-- AlterTable
ALTER TABLE "claim_relations" ADD COLUMN "complete" BOOLEAN,
ADD COLUMN "direction" "ChangeDirection",
ADD COLUMN "factor" TEXT;

ALTER TABLE "flags" ADD COLUMN "spans" JSONB NOT NULL DEFAULT '[]';

-- A parts-of-total relation stored before `complete` existed: its parts must add up
-- to the total when there are two or more of them (the default of a manual relation).
UPDATE "claim_relations" AS r
SET "complete" = (
    SELECT count(*) >= 2 FROM "claim_relation_members" AS m
    WHERE m."workspace_id" = r."workspace_id" AND m."relation_id" = r."id" AND m."role" = 'part'
)
WHERE r."type" = 'parts-of-total';

ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_complete_check"
    CHECK ("type" <> 'parts-of-total' OR "complete" IS NOT NULL);

-- The spans of flags raised before spans were stored: the spans of the claims they
-- name, in text order, then for name-variant the spellings' occurrences in the
-- latest version of the text (offsets count code points, as substr does in UTF-8).
UPDATE "flags" AS f
SET "spans" = COALESCE((
    SELECT jsonb_agg(jsonb_build_object('start', c."start", 'end', c."end", 'exact', c."exact")
                     ORDER BY c."start", c."end")
    FROM "flag_claims" AS fc
    JOIN "claims" AS c ON c."workspace_id" = fc."workspace_id" AND c."id" = fc."claim_id"
    WHERE fc."workspace_id" = f."workspace_id" AND fc."flag_id" = f."id"
), '[]'::jsonb) || COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
               'start', (o ->> 'start')::int,
               'end', (o ->> 'end')::int,
               'exact', substr(v."text", (o ->> 'start')::int + 1, (o ->> 'end')::int - (o ->> 'start')::int))
           ORDER BY (o ->> 'start')::int)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(f."data" -> 'spellings') = 'array'
                                   THEN f."data" -> 'spellings' ELSE '[]'::jsonb END) AS s,
         jsonb_array_elements(CASE WHEN jsonb_typeof(s -> 'occurrences') = 'array'
                                   THEN s -> 'occurrences' ELSE '[]'::jsonb END) AS o,
         LATERAL (
             SELECT dv."text" FROM "document_versions" AS dv
             WHERE dv."workspace_id" = f."workspace_id" AND dv."document_id" = f."document_id"
             ORDER BY dv."number" DESC LIMIT 1
         ) AS v
    WHERE f."rule" = 'name-variant'
      AND jsonb_typeof(o -> 'start') = 'number' AND jsonb_typeof(o -> 'end') = 'number'
), '[]'::jsonb);
