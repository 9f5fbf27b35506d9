import { AUTH_PAYLOAD_FIELDS, type AuthPayload } from '../../app/api/client';

export const INVITATION_QUERY = `query Invitation($token: String!) {
  invitation(token: $token) { email groupName groupSlug schoolName accountExists expiresAt }
}`;

export interface InvitationVariables {
  token: string;
}

export interface InvitationPreview {
  email: string;
  groupName: string;
  groupSlug: string;
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
