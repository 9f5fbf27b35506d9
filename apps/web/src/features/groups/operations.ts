import type { GroupRole, School } from '../../app/api/types';

const GROUP_FIELDS = 'id name slug sector description myRoles';
const MEMBER_FIELDS = 'membersBySchool { school { id name brin } members { id roles joinedAt user { id name email } } }';

/** The group with its members; FORBIDDEN for viewers who are not a member (then GROUP_BASICS_QUERY). */
export const GROUP_QUERY = `query Group($slug: String!) { group(slug: $slug) { ${GROUP_FIELDS} ${MEMBER_FIELDS} } }`;
export const GROUP_BASICS_QUERY = `query GroupBasics($slug: String!) { group(slug: $slug) { ${GROUP_FIELDS} } }`;
/** Only for coordinators and administrators: others get FORBIDDEN on `invitations`. */
export const GROUP_ADMIN_QUERY = `query GroupAdmin($slug: String!) {
  group(slug: $slug) { id invitations { id email roles expiresAt school { id name } } }
  schools { id name brin }
}`;

export interface SlugVariables {
  slug: string;
}

export interface GroupBasics {
  id: string;
  name: string;
  slug: string;
  sector: string | null;
  description: string | null;
  myRoles: GroupRole[];
}

export interface Member {
  id: string;
  roles: GroupRole[];
  joinedAt: string | null;
  user: { id: string; name: string; email: string };
}

export interface SchoolMembers {
  school: School | null;
  members: Member[];
}

export interface GroupData {
  group: GroupBasics & { membersBySchool: SchoolMembers[] };
}

export interface GroupBasicsData {
  group: GroupBasics;
}

export interface Invitation {
  id: string;
  email: string;
  roles: GroupRole[];
  expiresAt: string | null;
  school: { id: string; name: string } | null;
}

export interface GroupAdminData {
  group: { id: string; invitations: Invitation[] };
  schools: School[];
}

export const SET_MEMBER_ROLES_MUTATION = `mutation SetMemberRoles($input: SetMemberRolesInput!) {
  setMemberRoles(input: $input) { id roles }
}`;

export interface SetMemberRolesVariables {
  input: { groupId: string; userId: string; roles: GroupRole[] };
}

export interface SetMemberRolesData {
  setMemberRoles: { id: string; roles: GroupRole[] };
}

export const REMOVE_MEMBER_MUTATION = `mutation RemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }`;

export interface RemoveMemberVariables {
  input: { groupId: string; userId: string };
}

export interface RemoveMemberData {
  removeMember: boolean;
}

export const INVITE_MEMBER_MUTATION = `mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email roles expiresAt school { id name } }
}`;

export interface InviteMemberVariables {
  input: { groupId: string; email: string; schoolId: string; roles: GroupRole[] };
}

export interface InviteMemberData {
  inviteMember: Invitation;
}

export const LEAVE_GROUP_MUTATION = `mutation LeaveGroup($groupId: ID!) { leaveGroup(groupId: $groupId) }`;

export interface LeaveGroupVariables {
  groupId: string;
}

export interface LeaveGroupData {
  leaveGroup: boolean;
}
