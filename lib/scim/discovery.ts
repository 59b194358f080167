import { ENTERPRISE_SCHEMA, USER_SCHEMA } from "@/lib/scim/user-attributes";
import { GROUP_SCHEMA } from "@/lib/scim/groups-schema";

const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

/** RFC 7643 §5: what this service provider supports. */
export const serviceProviderConfig = (baseUrl: string) => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
  documentationUri: `${baseUrl}/api-docs`,
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: 200 },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    {
      type: "oauthbearertoken",
      name: "Bearer token",
      description: "The SCIM_TOKEN this app was configured with",
      primary: true,
    },
  ],
  meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/scim/v2/ServiceProviderConfig` },
});

const attribute = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

const SCHEMAS = [
  {
    id: USER_SCHEMA,
    name: "User",
    description: "A member of the force",
    attributes: [
      attribute("userName", "string", { required: true, uniqueness: "server" }),
      attribute("displayName", "string"),
      attribute("name", "complex", {
        subAttributes: [
          attribute("formatted", "string"),
          attribute("givenName", "string"),
          attribute("familyName", "string"),
        ],
      }),
      attribute("emails", "complex", {
        multiValued: true,
        subAttributes: [attribute("value", "string"), attribute("type", "string"), attribute("primary", "boolean")],
      }),
      attribute("active", "boolean"),
    ],
  },
  {
    id: ENTERPRISE_SCHEMA,
    name: "EnterpriseUser",
    description: "department: the code of the person's home site",
    attributes: [attribute("department", "string")],
  },
  {
    id: GROUP_SCHEMA,
    name: "Group",
    description: "A group whose name maps to a role grants that role to its members",
    attributes: [
      attribute("displayName", "string", { required: true, uniqueness: "server" }),
      attribute("members", "complex", {
        multiValued: true,
        subAttributes: [attribute("value", "string"), attribute("display", "string")],
      }),
    ],
  },
];

export const schemas = (baseUrl: string) => ({
  schemas: [LIST_SCHEMA],
  totalResults: SCHEMAS.length,
  itemsPerPage: SCHEMAS.length,
  startIndex: 1,
  Resources: SCHEMAS.map((schema) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
    ...schema,
    meta: { resourceType: "Schema", location: `${baseUrl}/scim/v2/Schemas/${schema.id}` },
  })),
});

export const resourceTypes = (baseUrl: string) => ({
  schemas: [LIST_SCHEMA],
  totalResults: 2,
  itemsPerPage: 2,
  startIndex: 1,
  Resources: [
    {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
      id: "User",
      name: "User",
      endpoint: "/Users",
      schema: USER_SCHEMA,
      schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
      meta: { resourceType: "ResourceType", location: `${baseUrl}/scim/v2/ResourceTypes/User` },
    },
    {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      schema: GROUP_SCHEMA,
      meta: { resourceType: "ResourceType", location: `${baseUrl}/scim/v2/ResourceTypes/Group` },
    },
  ],
});
