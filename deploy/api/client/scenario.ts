// What an integrator writes against clients generated from the platform's OpenAPI documents
// (openapi-typescript types, openapi-fetch at run time): create a partner, register a deal for it,
// read the deal back, approve it with If-Match. deploy/api/lint.sh compiles it with `tsc --strict`
// against freshly generated types; it is not run. A field the documents leave optional or nullable
// by mistake breaks the compilation here, before an integrator finds it.
import createClient from "openapi-fetch";
import type { paths as PartnerApi } from "./generated/partner";
import type { paths as DealApi } from "./generated/dealregistration";

type Json<T> = T extends { content: { "application/json": infer Body } } ? Body : never;
type PartnerResponse = Json<PartnerApi["/api/v1/partners/{id}"]["get"]["responses"][200]>;
type DealResponse = Json<DealApi["/api/v1/deals/{id}"]["get"]["responses"][200]>;

export async function registerAndReadADeal(baseUrl: string, token: string): Promise<DealResponse> {
  const headers = { Authorization: `Bearer ${token}` };
  const partners = createClient<PartnerApi>({ baseUrl, headers });
  const deals = createClient<DealApi>({ baseUrl, headers });

  const created = await partners.POST("/api/v1/partners", {
    body: {
      name: "Northwind Cloud",
      type: "Reseller",
      website: "northwind.example",
      region: "Emea",
      country: "DE",
      salesTeamSize: 12,
      specializations: ["Security"],
    },
  });
  if (created.error) throw new Error(`create partner: ${created.error.title ?? created.response.status}`);
  const partner: PartnerResponse = created.data;
  // Required and not nullable: plain types, no undefined to handle.
  const partnerId: string = partner.id;
  const version: string = partner.version;
  const size: number = partner.salesTeamSize;
  // Required but nullable: present, possibly null.
  const reason: string | null = partner.statusReason;
  // @ts-expect-error statusReason may be null, so it is not a plain string
  const notNull: string = partner.statusReason;

  const registered = await deals.POST("/api/v1/deals", {
    body: {
      partnerId,
      customer: { companyName: "Contoso GmbH", domain: "contoso.example", country: "DE" },
      products: ["Platform"],
      estimatedValue: 120000,
      currency: "EUR",
      expectedCloseDate: "2026-09-30",
      description: `Sales team of ${size}; partner ${version}${reason ?? ""}${notNull}`,
    },
  });
  if (registered.error) throw new Error(`register deal: ${registered.error.title ?? registered.response.status}`);
  const etag: string | null = registered.response.headers.get("ETag");

  const read = await deals.GET("/api/v1/deals/{id}", { params: { path: { id: registered.data.id } } });
  if (read.error) throw new Error(`read deal: ${read.error.title ?? read.response.status}`);
  const deal: DealResponse = read.data;
  const status: DealResponse["status"] = deal.status;
  const conflicts: number = deal.conflicts.length;

  const approved = await deals.POST("/api/v1/deals/{id}/approve", {
    params: { path: { id: deal.id }, header: { "If-Match": etag ?? `"${deal.version}"` } },
    body: { notes: `was ${status}, ${conflicts} conflicts` },
  });
  if (approved.response.status === 412) throw new Error("someone changed the deal in between: read it again");
  if (approved.error) throw new Error(`approve deal: ${approved.error.title ?? approved.response.status}`);
  return approved.data;
}
