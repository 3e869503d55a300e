// Generated from the OpenAPI document by openapi-typescript: do not edit.
// Run `npm run -s generate:web-client` after changing the API.
export interface paths {
    "/v1/ledger/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest event of the chain (seq, hash, at), signed with the server key (Ed25519) */
        get: operations["getLedgerHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review history, oldest first, with the hash chain fields */
        get: operations["listLedgerEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ed25519 public key (PEM) that verifies signed heads */
        get: operations["getPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the history as NDJSON, CSV or JSON, filtered; every event keeps prevHash and hash */
        get: operations["exportLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: member id, name, role and workspace */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the workspace with their roles */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents of the workspace, oldest first, with claims by status and open flags by severity */
        get: operations["listDocuments"];
        put?: never;
        /** Submit an article: 201 when new, 200 with the existing document for the same text */
        post: operations["ingestDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document with its text, claims, relations and flags */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document's claims in reading order, a page at a time */
        get: operations["listDocumentClaims"];
        put?: never;
        /** Add a manual claim; its span must match the document text exactly */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/claimreview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** schema.org ClaimReview JSON-LD for each claim of the document with a verdict */
        get: operations["getClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims of the workspace, filtered by document, status or kind */
        get: operations["listClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim, with a strong ETag for later writes */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a claim (value, unit, speaker, span...) at the version you read */
        patch: operations["correctClaim"];
        trace?: never;
    };
    "/v1/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim's events in order, each with a readable summary */
        get: operations["getClaimHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link the claim with others of its document (the checks run again) */
        post: operations["addRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/relations/{relationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a relation the claim belongs to (the checks run again) */
        delete: operations["removeRelation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flags of the workspace, filtered by status, rule, severity or document */
        get: operations["listFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One flag, with a strong ETag */
        get: operations["getFlag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-run a document's checks; answers its flags (never duplicated) */
        post: operations["runChecks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a claim to in_review, set a verdict, or reopen a verdict (roles and four eyes apply) */
        post: operations["transitionClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign a claim to a member (or null to unassign) */
        put: operations["assignClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an open flag (editors and admins; a reporter gets 403) */
        post: operations["resolveFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an open flag with a reason code and a note (editors and admins) */
        post: operations["dismissFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document's versions, oldest first, each with what it did to the one before */
        get: operations["listDocumentVersions"];
        put?: never;
        /** Submit a corrected text: 201 with the new version, its claims re-anchored and checks re-run; 200 when the text is the current one */
        post: operations["createDocumentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version, with its text */
        get: operations["getDocumentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/versions/{from}/diff/{to}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The text edits from one version to a later one, and what they did to claims, flags and verdicts */
        get: operations["diffDocumentVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/anchor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a claim that needs an anchor its span in the current text, or say it is no longer in the text */
        post: operations["anchorClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments on a claim, oldest first, a page at a time */
        get: operations["listClaimComments"];
        put?: never;
        /** Comment on a claim */
        post: operations["commentOnClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments on a flag, oldest first, a page at a time */
        get: operations["listFlagComments"];
        put?: never;
        /** Comment on a flag (reporters may answer flags this way) */
        post: operations["commentOnFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence for a claim, oldest first, a page at a time */
        get: operations["listEvidence"];
        put?: never;
        /** Add evidence to a claim: a source that supports, contradicts or gives context */
        post: operations["addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One comment, on a claim or a flag */
        get: operations["getComment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One piece of evidence for a claim */
        get: operations["getEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers (no dependency is checked): restart it when this fails */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready to serve: the database answers a round trip within 2 s */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as /health/ready */
        get: operations["checkHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldErrorResponse: {
            /** @example start */
            field: string;
            /** @example must be an integer */
            message: string;
        };
        ProblemResponse: {
            /**
             * @description `urn:claims-ledger:problem:<code>`, or `about:blank`
             * @example urn:claims-ledger:problem:not-found
             */
            type: string;
            /** @example Not Found */
            title: string;
            /** @example 404 */
            status: number;
            /** @example claim 3f2c… not found */
            detail?: string;
            instance?: string;
            /**
             * @description The X-Request-Id of the request: the server logs name it too
             * @example 7d0b5b1e-3a6f-4a4a-9a57-1c1f0f9c3b2e
             */
            requestId?: string;
            /** @description The fields of an invalid request (invalid-input problems) */
            errors?: components["schemas"]["FieldErrorResponse"][];
        };
        LedgerHeadResponse: {
            /** Format: uuid */
            workspaceId: string;
            /** @description Sequence number of the latest event (0: none) */
            seq: number;
            /** @description Hash (hex) of the latest event */
            hash: string;
            /** Format: date-time */
            at: string;
            /** @description Ed25519 signature (base64url) of the RFC 8785 JSON of workspaceId, seq, hash, at */
            signature: string;
        };
        EventActorResponse: {
            /** Format: uuid */
            id: string | null;
            /** @example editor */
            role: string;
        };
        EventSubjectResponse: {
            /** @example claim */
            type: string;
            /** Format: uuid */
            id: string;
        };
        LedgerEventListItemResponse: {
            /** Format: uuid */
            workspaceId: string;
            seq: number;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["EventActorResponse"];
            /** @example claim.set-verdict */
            action: string;
            subject: components["schemas"]["EventSubjectResponse"];
            data: {
                [key: string]: unknown;
            } | null;
            /** @description Hash of the previous event (64 zeros for the first) */
            prevHash: string;
            /** @description SHA-256 (hex) of the RFC 8785 JSON of the event without its hash */
            hash: string;
            /** Format: uuid */
            documentId: string | null;
        };
        LedgerEventPageResponse: {
            items: components["schemas"]["LedgerEventListItemResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        PublicKeyResponse: {
            /** @enum {string} */
            algorithm: "Ed25519";
            /** @description The public key in PEM (SPKI) */
            publicKey: string;
        };
        WorkspaceResponse: {
            /** Format: uuid */
            id: string;
            /** @example gazette */
            slug: string;
            /** @example The Gazette */
            name: string;
        };
        MeResponse: {
            /** Format: uuid */
            userId: string | null;
            name: string | null;
            /** @enum {string} */
            role: "reporter" | "editor" | "auditor" | "admin";
            /**
             * @description What the role may do (README, "Authentication and roles"): clients show only these actions
             * @example [
             *       "read",
             *       "submit-content",
             *       "start-review"
             *     ]
             */
            permissions: ("read" | "submit-content" | "start-review" | "decide" | "export-history" | "manage-workspace")[];
            workspace: components["schemas"]["WorkspaceResponse"];
        };
        MemberResponse: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** @enum {string} */
            role: "reporter" | "editor" | "auditor" | "admin";
        };
        CreateDocumentDto: {
            /** @example 35 MOUs Signed During Korea-Kazakhstan Visit */
            title: string;
            /** @description The article text; stored with CRLF→LF and Unicode NFC applied */
            text: string;
            /** @example https://www.asiae.co.kr/article/2024061208 */
            sourceUrl?: string;
            /** @example The Asia Business Daily */
            publisher?: string;
            /** @example 2024-06-12T09:00:00Z */
            publishedAt?: string;
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language?: string;
        };
        DocumentVersionResponse: {
            /** Format: uuid */
            id: string;
            number: number;
            /** @description SHA-256 (hex) of the normalised text */
            sha256: string;
            /** @description Length of the text in code points */
            length: number;
        };
        ClaimFlagResponse: {
            /** Format: uuid */
            id: string;
            /** @example sum-mismatch */
            rule: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @enum {string} */
            status: "open" | "resolved" | "dismissed";
            message: string;
        };
        TextPositionSelectorResponse: {
            /** @enum {string} */
            type: "TextPositionSelector";
            /** @description Code points of the stored text (NFC, LF) */
            start: number;
            end: number;
        };
        TextQuoteSelectorResponse: {
            /** @enum {string} */
            type: "TextQuoteSelector";
            exact: string;
            prefix: string;
            suffix: string;
        };
        AnnotationTargetResponse: {
            /** @description TextPositionSelector, then TextQuoteSelector */
            selector: (components["schemas"]["TextPositionSelectorResponse"] | components["schemas"]["TextQuoteSelectorResponse"])[];
        };
        ClaimResponse: {
            /** @description Offset of the span in the text (code points) */
            start: number;
            /** @description End of the span, exclusive (code points) */
            end: number;
            /** @description The text of the span, exactly */
            exact: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            /** Format: uuid */
            documentVersionId: string;
            /** @enum {string} */
            kind: "numeric" | "quote";
            /** @description Text just before the span */
            prefix: string;
            /** @description Text just after the span */
            suffix: string;
            /** @description The stated number */
            value: number | null;
            /** @description Low end of a stated range */
            low: number | null;
            /** @description High end of a stated range */
            high: number | null;
            /** @example percent */
            unit: string | null;
            approximate: boolean;
            /** @enum {string|null} */
            bound: "lower" | "upper" | null;
            subject: string | null;
            /** @description A quote's speaker */
            speaker: string | null;
            /** @description Who relayed the words */
            relayedBy: string | null;
            /** Format: uuid */
            conversionOfId: string | null;
            /** @enum {string} */
            origin: "extracted" | "manual";
            /** @enum {string} */
            status: "unreviewed" | "in_review" | "verified" | "disputed" | "incorrect" | "unverifiable" | "needs_anchor" | "not_a_claim";
            statusReason: string | null;
            statusNote: string | null;
            /** @description For If-Match: the ETag is "v<version>" */
            version: number;
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: uuid */
            correctedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The flags that name the claim */
            flags: components["schemas"]["ClaimFlagResponse"][];
            /** @description The span as W3C Web Annotation selectors, for annotation clients */
            target: components["schemas"]["AnnotationTargetResponse"];
        };
        RelationResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            /** @enum {string} */
            origin: "extracted" | "manual";
            /** @enum {string} */
            type: "parts-of-total" | "share-of" | "change" | "shares-of-one-group" | "same-quantity";
            /**
             * Format: uuid
             * @description parts-of-total: the total; share-of: the whole, or null when not stated
             */
            total?: string | null;
            /** @description parts-of-total: the parts */
            parts?: string[];
            /** @description parts-of-total: true when the parts must add up to the total, false when they only must not exceed it */
            complete?: boolean;
            /**
             * Format: uuid
             * @description share-of: the count
             */
            part?: string;
            /**
             * Format: uuid
             * @description share-of: the percentage
             */
            share?: string;
            /**
             * Format: uuid
             * @description change: the value before, or null when only the change is stated
             */
            from?: string | null;
            /**
             * Format: uuid
             * @description change: the value after
             */
            to?: string;
            /**
             * Format: uuid
             * @description change: the stated change ("rose 12%"), or null
             */
            change?: string | null;
            /**
             * Format: uuid
             * @description change: the change in the values' own unit ("fell 102.2 points"), or null
             */
            by?: string | null;
            /**
             * @description change: which way the words say it went, or null
             * @enum {string|null}
             */
            direction?: "rise" | "fall" | null;
            /**
             * @description change: to = from × factor for a change stated in a word ("halved"), or null
             * @example 0.5
             */
            factor?: string | null;
            /** @description shares-of-one-group: percentages of one whole that exclude each other */
            shares?: string[];
            /** @description same-quantity: the mentions */
            claims?: string[];
        };
        TextSpanResponse: {
            /** @description Offset of the span in the text (code points) */
            start: number;
            /** @description End of the span, exclusive (code points) */
            end: number;
            /** @description The text of the span, exactly */
            exact: string;
        };
        FlagResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            /**
             * @description The check that raised the flag
             * @example sum-mismatch
             */
            rule: string;
            ruleVersion: number;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            message: string;
            /** @description The check's finding (its shape depends on the rule) */
            data: {
                [key: string]: unknown;
            } | null;
            /** @description Ids of the claims the flag names */
            claims: string[];
            /** @description Every span of the text the flag involves: its claims' spans, then words that are no claim (a name-variant's spellings) */
            spans: components["schemas"]["TextSpanResponse"][];
            /** @enum {string} */
            status: "open" | "resolved" | "dismissed";
            /** @description Reason code of a decision */
            reason: string | null;
            note: string | null;
            /** @description Resolved by a person, yet the last run of the checks still finds it: the numbers were not corrected */
            checkStillFails: boolean;
            /** @description For If-Match: the ETag is "v<version>" */
            version: number;
            /** @description Hash of what the check read */
            inputHash: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RelationsByTypeResponse: {
            "parts-of-total": number;
            "share-of": number;
            change: number;
            "shares-of-one-group": number;
            "same-quantity": number;
        };
        ChecksCoverageResponse: {
            /** @description The rules that run */
            rules: ("sum-mismatch" | "share-mismatch" | "share-overflow" | "change-mismatch" | "value-conflict" | "cross-document-conflict" | "name-variant" | "unattributed-quote" | "hedged-attribution")[];
            /** @description Relations between claims, which the rules are given */
            relations: number;
            relationsByType: components["schemas"]["RelationsByTypeResponse"];
            /** @description Numeric claims */
            numericClaims: number;
            /** @description Quotes */
            quotes: number;
        };
        DocumentResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uri */
            sourceUrl: string | null;
            publisher: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @example en */
            language: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            version: components["schemas"]["DocumentVersionResponse"];
            /** @description The normalised text the spans point into */
            text: string;
            /** @description The document's claims in reading order, the first page of them (MAX_PAGE_SIZE) */
            claims: components["schemas"]["ClaimResponse"][];
            /** @description Cursor of the next page of claims: GET /v1/documents/{id}/claims?cursor= */
            claimsNextCursor: string | null;
            relations: components["schemas"]["RelationResponse"][];
            flags: components["schemas"]["FlagResponse"][];
            /** @description What the checks read: the rules, relations by type, numbers and quotes */
            checks: components["schemas"]["ChecksCoverageResponse"];
        };
        DocumentListItemResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uri */
            sourceUrl: string | null;
            publisher: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @example en */
            language: string | null;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            version: components["schemas"]["DocumentVersionResponse"];
            /**
             * @example {
             *       "unreviewed": 3,
             *       "verified": 1
             *     }
             */
            claimsByStatus: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "warning": 2
             *     }
             */
            openFlagsBySeverity: {
                [key: string]: number;
            };
        };
        DocumentListResponse: {
            items: components["schemas"]["DocumentListItemResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        ClaimPageResponse: {
            items: components["schemas"]["ClaimResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        SchemaOrgAgentResponse: {
            /** @enum {string} */
            "@type": "Person" | "Organization";
            name: string;
            /** Format: uri */
            url?: string;
        };
        SchemaOrgRatingResponse: {
            /** @enum {string} */
            "@type": "Rating";
            /** @enum {string} */
            alternateName: "Accurate" | "Disputed" | "Inaccurate" | "Unverifiable";
            ratingValue: number;
            /** @enum {integer} */
            bestRating: 4;
            /** @enum {integer} */
            worstRating: 1;
        };
        SchemaOrgCreativeWorkResponse: {
            /** @enum {string} */
            "@type": "CreativeWork";
            /** Format: uri */
            url: string;
            headline: string;
            /** Format: date-time */
            datePublished?: string;
            publisher?: components["schemas"]["SchemaOrgAgentResponse"];
        };
        SchemaOrgClaimResponse: {
            /** @enum {string} */
            "@type": "Claim";
            /** @description A quote's speaker, the source a figure is attributed to, or else the publisher */
            author?: components["schemas"]["SchemaOrgAgentResponse"];
            /** Format: date-time */
            datePublished?: string;
            firstAppearance?: components["schemas"]["SchemaOrgCreativeWorkResponse"];
            appearance?: components["schemas"]["SchemaOrgCreativeWorkResponse"];
        };
        ClaimReviewResponse: {
            /** @enum {string} */
            "@context": "https://schema.org";
            /** @enum {string} */
            "@type": "ClaimReview";
            /**
             * Format: uri
             * @description The claim in the reviewers' web UI
             */
            url: string;
            /** @description The claim's words in their sentence, whole words, under 75 characters */
            claimReviewed: string;
            /**
             * Format: date-time
             * @description When the verdict was set
             */
            datePublished: string;
            /** @description The newsroom (ORGANIZATION_URL) */
            author: components["schemas"]["SchemaOrgAgentResponse"];
            reviewRating: components["schemas"]["SchemaOrgRatingResponse"];
            itemReviewed: components["schemas"]["SchemaOrgClaimResponse"];
        };
        CreateClaimDto: {
            /** @description The number, for a single value */
            value?: number | null;
            /** @description Lower end of a range */
            low?: number | null;
            /** @description Upper end of a range */
            high?: number | null;
            /** @example MOU */
            unit?: string | null;
            approximate?: boolean;
            /** @enum {string|null} */
            bound?: "lower" | "upper" | null;
            subject?: string | null;
            /** @example Kim Tae-hyo */
            speaker?: string | null;
            relayedBy?: string | null;
            /** @enum {string} */
            kind: "numeric" | "quote";
            /** @description Start offset in Unicode code points (inclusive) */
            start: number;
            /** @description End offset in Unicode code points (exclusive) */
            end: number;
            /** @description The text at [start, end), exactly */
            exact: string;
        };
        CorrectClaimDto: {
            /** @description The number, for a single value */
            value?: number | null;
            /** @description Lower end of a range */
            low?: number | null;
            /** @description Upper end of a range */
            high?: number | null;
            /** @example MOU */
            unit?: string | null;
            approximate?: boolean;
            /** @enum {string|null} */
            bound?: "lower" | "upper" | null;
            subject?: string | null;
            /** @example Kim Tae-hyo */
            speaker?: string | null;
            relayedBy?: string | null;
            /** @description New span start; give start, end and exact together */
            start?: number;
            end?: number;
            exact?: string;
        };
        HistoryActorResponse: {
            /** Format: uuid */
            id: string | null;
            /** @example editor */
            role: string;
            name: string | null;
        };
        HistoryEntryResponse: {
            seq: number;
            /** Format: date-time */
            at: string;
            /** @example claim.set-verdict */
            action: string;
            actor: components["schemas"]["HistoryActorResponse"];
            /** @example Eve (editor) set the verdict verified */
            summary: string;
            /** @description The claim, or a flag that names it */
            subject: components["schemas"]["EventSubjectResponse"];
            data: {
                [key: string]: unknown;
            } | null;
            /** @description Hash of the event in the chain */
            hash: string;
        };
        HistoryPageResponse: {
            /** @description The claim's events, oldest first */
            items: components["schemas"]["HistoryEntryResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        RelationDto: {
            /** @enum {string} */
            type: "parts-of-total" | "share-of" | "change" | "shares-of-one-group" | "same-quantity";
            /**
             * Format: uuid
             * @description parts-of-total: the total (required); share-of: the whole, if stated
             */
            total?: string;
            /** @description parts-of-total: the parts (at least 1) */
            parts?: string[];
            /** @description parts-of-total: true when the parts must add up to the total, false when they only must not exceed it (default: true with 2 or more parts, false with one) */
            complete?: boolean;
            /**
             * Format: uuid
             * @description share-of: the count (required)
             */
            part?: string;
            /**
             * Format: uuid
             * @description share-of: the percentage (required)
             */
            share?: string;
            /**
             * Format: uuid
             * @description change: the value before (required unless by is given)
             */
            from?: string;
            /**
             * Format: uuid
             * @description change: the value after (required)
             */
            to?: string;
            /**
             * Format: uuid
             * @description change: the stated change ("rose 12%"), if any; not with factor
             */
            change?: string;
            /**
             * Format: uuid
             * @description change: the change in the values' own unit ("fell 102.2 points"), if stated
             */
            by?: string;
            /**
             * @description change: which way the words say it went, if they do
             * @enum {string}
             */
            direction?: "rise" | "fall";
            /**
             * @description change: a change stated in a word, to = from × factor ("halved": "0.5", "doubled": "2"), an exact decimal string
             * @example 0.5
             */
            factor?: string;
            /** @description shares-of-one-group: percentages of one whole that exclude each other (at least 2) */
            shares?: string[];
            /** @description same-quantity: the mentions (at least 2) */
            claims?: string[];
        };
        FlagPageResponse: {
            items: components["schemas"]["FlagResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        TransitionDto: {
            /** @enum {string} */
            to: "in_review" | "verified" | "disputed" | "incorrect" | "unverifiable" | "not_a_claim" | "unreviewed";
            /**
             * @description Needed for a verdict other than verified, and to reopen
             * @enum {string}
             */
            reason?: "rounding" | "different-scope" | "source-error" | "extraction-error" | "other";
            /** @description Needed with a verdict other than verified */
            note?: string;
        };
        AssignDto: {
            /**
             * Format: uuid
             * @description A member of the workspace, or null to unassign
             */
            assigneeId: string | null;
        };
        FlagDecisionDto: {
            /**
             * @description Needed to dismiss
             * @enum {string}
             */
            reason?: "rounding" | "different-scope" | "source-error" | "extraction-error" | "other";
            /** @description Needed to dismiss */
            note?: string;
        };
        CreateVersionDto: {
            /** @description The corrected article text; stored with CRLF→LF and Unicode NFC applied, as at ingest */
            text: string;
        };
        OutcomeCountsResponse: {
            kept: number;
            moved: number;
            "changed-value": number;
            lost: number;
            "needs-anchor": number;
            new: number;
        };
        RevisionSummaryResponse: {
            fromVersion: number;
            counts: components["schemas"]["OutcomeCountsResponse"];
            /** @description Flags the checks opened on this version */
            flagsOpened: number;
            /** @description Flags that closed with this version */
            flagsClosed: number;
            /** @description Verdicts that went stale */
            staleVerdicts: number;
        };
        VersionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            number: number;
            /** @description SHA-256 (hex) of the normalised text */
            sha256: string;
            /** @description Length of the text in code points */
            length: number;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description What it did to the version before it; absent for the first version */
            revision?: components["schemas"]["RevisionSummaryResponse"];
        };
        VersionListResponse: {
            items: components["schemas"]["VersionResponse"][];
        };
        VersionDetailResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            number: number;
            /** @description SHA-256 (hex) of the normalised text */
            sha256: string;
            /** @description Length of the text in code points */
            length: number;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description What it did to the version before it; absent for the first version */
            revision?: components["schemas"]["RevisionSummaryResponse"];
            text: string;
        };
        TextEditResponse: {
            oldStart: number;
            oldEnd: number;
            newStart: number;
            newEnd: number;
            removed: string;
            inserted: string;
        };
        ClaimStateResponse: {
            start: number;
            end: number;
            exact: string;
            /** @description Exact decimal */
            value: string | null;
        };
        ClaimOutcomeResponse: {
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            outcome: "kept" | "moved" | "changed-value" | "lost" | "needs-anchor" | "new";
            /**
             * @description Why a claim needs an anchor
             * @enum {string|null}
             */
            reason: "lost" | "ambiguous" | "digits-changed" | null;
            /** @description Where it was; absent for a new claim */
            before?: components["schemas"]["ClaimStateResponse"];
            /** @description Where it is; absent while it needs an anchor */
            after?: components["schemas"]["ClaimStateResponse"];
            /** @enum {string|null} */
            staleVerdict: "unreviewed" | "in_review" | "verified" | "disputed" | "incorrect" | "unverifiable" | "needs_anchor" | "not_a_claim" | null;
        };
        FlagChangeResponse: {
            /** Format: uuid */
            flagId: string;
            rule: string;
            message: string;
        };
        StaleVerdictResponse: {
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            verdict: "unreviewed" | "in_review" | "verified" | "disputed" | "incorrect" | "unverifiable" | "needs_anchor" | "not_a_claim";
        };
        VersionDiffResponse: {
            fromVersion: number;
            toVersion: number;
            edits: components["schemas"]["TextEditResponse"][];
            counts: components["schemas"]["OutcomeCountsResponse"];
            claims: components["schemas"]["ClaimOutcomeResponse"][];
            flagsOpened: components["schemas"]["FlagChangeResponse"][];
            flagsClosed: components["schemas"]["FlagChangeResponse"][];
            staleVerdicts: components["schemas"]["StaleVerdictResponse"][];
        };
        AnchorClaimDto: {
            /** @description Start of the new span in the current version, in code points */
            start?: number;
            /** @description End of the new span */
            end?: number;
            /** @description The text at start..end, as a check */
            exact?: string;
            /** @description True when the claim is no longer in the text: it is marked as not a claim */
            noLongerInText?: boolean;
            /** @description Why; required with noLongerInText */
            note?: string;
        };
        CommentDto: {
            /** @example The 35 includes two MOUs signed the day before. */
            body: string;
        };
        CommentResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subjectType: "claim" | "flag";
            /**
             * Format: uuid
             * @description The claim or flag commented on
             */
            subjectId: string;
            /** Format: uuid */
            authorId: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        CommentPageResponse: {
            /** @description Oldest first */
            items: components["schemas"]["CommentResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        EvidenceDto: {
            /** @example https://www.president.go.kr/briefing/2024-06-12 */
            url?: string;
            /** @example The presidential office lists 35 MOUs. */
            note: string;
            /** @enum {string} */
            stance: "supports" | "contradicts" | "context";
        };
        EvidenceResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            claimId: string;
            /** Format: uri */
            url: string | null;
            note: string;
            /** @enum {string} */
            stance: "supports" | "contradicts" | "context";
            /** Format: uuid */
            authorId: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvidencePageResponse: {
            /** @description Oldest first */
            items: components["schemas"]["EvidenceResponse"][];
            /** @description Cursor of the next page */
            nextCursor: string | null;
        };
        IndicatorStatus: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description Why a check failed */
            message?: string;
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
            /** @description The checks that passed */
            info?: {
                [key: string]: components["schemas"]["IndicatorStatus"];
            } | null;
            /** @description The checks that failed, e.g. `{"database": {"status": "down", "message": "..."}}` */
            error?: {
                [key: string]: components["schemas"]["IndicatorStatus"];
            } | null;
            /** @description Every check */
            details: {
                [key: string]: components["schemas"]["IndicatorStatus"];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLedgerHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerHeadResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listLedgerEvents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
                /** @description Events at or after this time (ISO 8601) */
                from?: string;
                /** @description Events before this time (ISO 8601), later than from */
                to?: string;
                /** @description Only events about this document */
                documentId?: string;
                /** @description Only events by this member */
                actorId?: string;
                action?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEventPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKeyResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    exportLedger: {
        parameters: {
            query?: {
                /** @description Events at or after this time (ISO 8601) */
                from?: string;
                /** @description Events before this time (ISO 8601), later than from */
                to?: string;
                /** @description Only events about this document */
                documentId?: string;
                /** @description Only events by this member */
                actorId?: string;
                action?: string;
                format?: "ndjson" | "csv" | "json";
                /** @description CSV: start with a UTF-8 byte order mark, by which Excel knows the encoding */
                bom?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events as a file (attachment), in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                    "application/json": string;
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"][];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only documents whose title contains this (any case) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ingestDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDocumentDto"];
            };
        };
        responses: {
            /** @description The existing document with that text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description A new document */
            201: {
                headers: {
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Refused by the review rules (state graph, four eyes, reasons), or a conflicting write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Well-formed but refused: a span that does not match the text, more claims than a document may hold */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 without a body while it is current */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document; its ETag names its current version, for POST .../versions */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description Not modified: the copy whose ETag was sent is current */
            304: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listDocumentClaims: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimDto"];
            };
        };
        responses: {
            /** @description The claim */
            201: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Well-formed but refused: a span that does not match the text, more claims than a document may hold */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getClaimReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["ClaimReviewResponse"][];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
                documentId?: string;
                status?: "unreviewed" | "in_review" | "verified" | "disputed" | "incorrect" | "unverifiable" | "needs_anchor" | "not_a_claim";
                kind?: "numeric" | "quote";
                /** @description `me`, `none` (assigned to no one), or a member id: the claims assigned to them */
                assignee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 without a body while it is current */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Not modified: the copy whose ETag was sent is current */
            304: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    correctClaim: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from GET /v1/claims/:id */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectClaimDto"];
            };
        };
        responses: {
            /** @description The corrected claim */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Well-formed but refused: a span that does not match the text, more claims than a document may hold */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getClaimHistory: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    addRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    removeRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                relationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relation is removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listFlags: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
                status?: "open" | "resolved" | "dismissed";
                rule?: string;
                severity?: "error" | "warning" | "info";
                /** @description Only flags of this document */
                documentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getFlag: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy you hold: 304 without a body while it is current */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flag */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"];
                };
            };
            /** @description Not modified: the copy whose ETag was sent is current */
            304: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    runChecks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flags of the document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"][];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    transitionClaim: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last GET */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Refused by the review rules (state graph, four eyes, reasons), or a conflicting write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    assignClaim: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last GET */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    resolveFlag: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last GET */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlagDecisionDto"];
            };
        };
        responses: {
            /** @description The flag */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Refused by the review rules (state graph, four eyes, reasons), or a conflicting write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    dismissFlag: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last GET */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlagDecisionDto"];
            };
        };
        responses: {
            /** @description The flag */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Refused by the review rules (state graph, four eyes, reasons), or a conflicting write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listDocumentVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionListResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    createDocumentVersion: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from GET /v1/documents/:id (its current version) */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVersionDto"];
            };
        };
        responses: {
            /** @description The current version already has this text */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description The new version */
            201: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Refused by the review rules (state graph, four eyes, reasons), or a conflicting write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Well-formed but refused: a span that does not match the text, more claims than a document may hold */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getDocumentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDetailResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    diffDocumentVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                from: number;
                to: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionDiffResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    anchorClaim: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from GET /v1/claims/:id */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnchorClaimDto"];
            };
        };
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    /** @description Strong ETag `"v<version>"`: send it as If-Match to write */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Refused by the review rules (state graph, four eyes, reasons), or a conflicting write */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is not the current ETag: GET again and re-apply the change */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Well-formed but refused: a span that does not match the text, more claims than a document may hold */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listClaimComments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    commentOnClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listFlagComments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    commentOnFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listEvidence: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePageResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    addEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The path of the created resource */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceResponse"];
                };
            };
            /** @description Invalid input: the problem names the fields (`errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No API key, or one that is unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The role of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not found in the workspace of the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or the workspace busy: retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A check failed: `error` names it, with its message */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A check failed: `error` names it, with its message */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    checkHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every check passed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Too many requests a minute: retry after `Retry-After` seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An error of the server, logged with the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A check failed: `error` names it, with its message */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
}
