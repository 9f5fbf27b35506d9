import { AUTH_PAYLOAD_FIELDS, type AuthPayload } from '../../app/api/client';

export const LOGIN_MUTATION = `mutation Login($input: LoginInput!) { login(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }`;

export interface LoginVariables {
  input: { email: string; password: string };
}

export interface LoginData {
  login: AuthPayload;
}
