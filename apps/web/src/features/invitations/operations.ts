import { AUTH_PAYLOAD_FIELDS, type AuthPayload } from '../../app/api/client';

export const INVITATION_QUERY = `query Invitation($token: String!) {
  invitation(token: $token) { email groupName schoolName accountExists expiresAt }
}`;

export interface InvitationVariables {
  token: string;
}

export interface InvitationPreview {
  email: string;
  groupName: string;
  schoolName: string;
  accountExists: boolean;
  expiresAt: string;
}

export interface InvitationData {
  invitation: InvitationPreview | null;
}

export const ACCEPT_INVITATION_MUTATION = `mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { ${AUTH_PAYLOAD_FIELDS} }
}`;

export interface AcceptInvitationVariables {
  /** name and password only for a new account. */
  input: { token: string; name?: string; password?: string };
}

export interface AcceptInvitationData {
  acceptInvitation: AuthPayload;
}

/** After accepting: find the group's address (the invitation preview names the group only). */
export const MY_GROUPS_QUERY = 'query MyGroups { me { id groups { id slug name } } }';

export interface MyGroupsData {
  me: { id: string; groups: { id: string; slug: string; name: string }[] };
}
