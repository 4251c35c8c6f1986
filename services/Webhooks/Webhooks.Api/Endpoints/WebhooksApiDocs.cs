namespace Webhooks.Api.Endpoints;

internal static class WebhooksApiDocs
{
    public const string Description =
        "Outbound webhooks for partner CRMs. A partner (its own partner only) or a channel manager registers https endpoints for " +
        "event types (deal.submitted|approved|rejected|won|lost|expired, deal.sla-at-risk|sla-breached, lead.assigned|expired, " +
        "cosell.assigned|completed, certification.earned|expired, partner.tier-changed, payout.approved|paid, mdf.request-decided, " +
        "mdf.claim-decided); each event goes only to the partner it concerns, as { type, timestamp, data }, signed per the Standard " +
        "Webhooks specification (webhook-id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body> with " +
        "the endpoint's whsec_ secret, shown once). At-least-once: retries with exponential backoff and jitter for 72 h, the same " +
        "webhook-id on every attempt; an endpoint failing for 5 days is disabled. Errors are RFC 9457 ProblemDetails; lists are " +
        "keyset-paged with ?limit= (1–200, default 50) and ?cursor=.";
}
