export const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
