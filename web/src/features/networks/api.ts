import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client, type ApiBody, type ApiResponse } from '../../lib/client';

export type ProgrammeList = ApiResponse<'/api/v1/network-programmes', 'get'>;
export type ProgrammeDetail = ApiResponse<'/api/v1/network-programmes/{id}', 'get'>;
export type NetworkView = ApiResponse<'/api/v1/groups/{id}/network', 'get'>;
export type MeetingDetail = ApiResponse<'/api/v1/meetings/{id}', 'get'>;
export type CycleBoard = ApiResponse<'/api/v1/network-cycles/{id}/board', 'get'>;
export type ScheduleProposal = ApiResponse<'/api/v1/groups/{id}/meetings/schedule', 'post'>;
export type CommentList = ApiResponse<'/api/v1/groups/{id}/comments', 'get'>;
export type DecisionQuality = ApiResponse<'/api/v1/groups/{id}/decision-quality', 'get'>;
export type MeetingInput = ApiBody<'/api/v1/groups/{id}/meetings', 'post'>['meetings'][number];

const keys = {
  programmes: ['networks', 'programmes'] as const,
  programme: (id: number) => ['networks', 'programme', id] as const,
  network: (id: number) => ['networks', 'group', id] as const,
  meeting: (id: number) => ['networks', 'meeting', id] as const,
  board: (id: number) => ['networks', 'board', id] as const,
  comments: (id: number) => ['networks', 'comments', id] as const,
  decisionQuality: (id: number) => ['networks', 'decision-quality', id] as const,
};

const id = (value: number) => ({ params: { path: { id: value } } });

export const useProgrammes = () =>
  useQuery({ queryKey: keys.programmes, queryFn: () => call(client.GET('/api/v1/network-programmes')) });

export const useProgramme = (programmeId: number) =>
  useQuery({
    queryKey: keys.programme(programmeId),
    queryFn: () => call(client.GET('/api/v1/network-programmes/{id}', id(programmeId))),
  });

export function useCreateProgramme() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/network-programmes', 'post'>) =>
      call(client.POST('/api/v1/network-programmes', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.programmes }),
  });
}

export function useAddProgrammeGroup(programmeId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/api/v1/network-programmes/{id}/groups', 'post'>) =>
      call(client.POST('/api/v1/network-programmes/{id}/groups', { ...id(programmeId), body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['networks'] }),
  });
}

export const useNetwork = (groupId: number) =>
  useQuery({
    queryKey: keys.network(groupId),
    queryFn: () => call(client.GET('/api/v1/groups/{id}/network', id(groupId))),
  });

/** Every change to a group's network data refreshes the group's views. */
function useNetworkMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: ['networks'] }) });
}

export const useAddMember = (groupId: number) =>
  useNetworkMutation((unitCode: string) =>
    call(client.PUT('/api/v1/groups/{id}/members/{unitCode}', { params: { path: { id: groupId, unitCode } } })),
  );

export const useSetIndicatorSet = (groupId: number) =>
  useNetworkMutation((items: ApiBody<'/api/v1/groups/{id}/indicator-set', 'put'>['items']) =>
    call(client.PUT('/api/v1/groups/{id}/indicator-set', { ...id(groupId), body: { items } })),
  );

export const useAddDelegate = (groupId: number) =>
  useNetworkMutation((body: ApiBody<'/api/v1/groups/{id}/delegates', 'post'>) =>
    call(client.POST('/api/v1/groups/{id}/delegates', { ...id(groupId), body })),
  );

export const useRemoveDelegate = () =>
  useNetworkMutation((delegateId: number) => call(client.DELETE('/api/v1/network-delegates/{id}', id(delegateId))));

export const useCreateCycle = (groupId: number) =>
  useNetworkMutation((body: ApiBody<'/api/v1/groups/{id}/cycles', 'post'>) =>
    call(client.POST('/api/v1/groups/{id}/cycles', { ...id(groupId), body })),
  );

export const useCycleBoard = (cycleId: number) =>
  useQuery({
    queryKey: keys.board(cycleId),
    queryFn: () => call(client.GET('/api/v1/network-cycles/{id}/board', id(cycleId))),
  });

export const useProposeSchedule = (groupId: number) =>
  useMutation({
    mutationFn: (body: ApiBody<'/api/v1/groups/{id}/meetings/schedule', 'post'>) =>
      call(client.POST('/api/v1/groups/{id}/meetings/schedule', { ...id(groupId), body })),
  });

export const useCreateMeetings = (groupId: number) =>
  useNetworkMutation((meetings: MeetingInput[]) =>
    call(client.POST('/api/v1/groups/{id}/meetings', { ...id(groupId), body: { meetings } })),
  );

export const useMeeting = (meetingId: number) =>
  useQuery({
    queryKey: keys.meeting(meetingId),
    queryFn: () => call(client.GET('/api/v1/meetings/{id}', id(meetingId))),
  });

export const useUpdateMeeting = (meetingId: number) =>
  useNetworkMutation((body: ApiBody<'/api/v1/meetings/{id}', 'patch'>) =>
    call(client.PATCH('/api/v1/meetings/{id}', { ...id(meetingId), body })),
  );

export const useSetAttendance = (meetingId: number) =>
  useNetworkMutation((attendees: ApiBody<'/api/v1/meetings/{id}/attendance', 'put'>['attendees']) =>
    call(client.PUT('/api/v1/meetings/{id}/attendance', { ...id(meetingId), body: { attendees } })),
  );

export const useAddMeetingAction = (meetingId: number) =>
  useNetworkMutation((body: ApiBody<'/api/v1/meetings/{id}/actions', 'post'>) =>
    call(client.POST('/api/v1/meetings/{id}/actions', { ...id(meetingId), body })),
  );

export const useUpdateMeetingAction = () =>
  useNetworkMutation(({ actionId, ...body }: ApiBody<'/api/v1/meeting-actions/{id}', 'patch'> & { actionId: number }) =>
    call(client.PATCH('/api/v1/meeting-actions/{id}', { ...id(actionId), body })),
  );

export const useActionToPlan = () =>
  useNetworkMutation((actionId: number) =>
    call(client.POST('/api/v1/meeting-actions/{id}/to-plan', { ...id(actionId), body: {} })),
  );

export const useComments = (groupId: number) =>
  useQuery({
    queryKey: keys.comments(groupId),
    queryFn: () => call(client.GET('/api/v1/groups/{id}/comments', id(groupId))),
  });

export const useAddComment = (groupId: number) =>
  useNetworkMutation((body: ApiBody<'/api/v1/groups/{id}/comments', 'post'>) =>
    call(client.POST('/api/v1/groups/{id}/comments', { ...id(groupId), body })),
  );

export const usePinComment = () =>
  useNetworkMutation((commentId: number) =>
    call(client.POST('/api/v1/network-comments/{id}/pin', { ...id(commentId), body: {} })),
  );

export const useDecisionQuality = (groupId: number) =>
  useQuery({
    queryKey: keys.decisionQuality(groupId),
    queryFn: () => call(client.GET('/api/v1/groups/{id}/decision-quality', id(groupId))),
  });

export const useIndicatorsOfArea = (area: string) =>
  useQuery({
    queryKey: ['networks', 'indicators', area],
    queryFn: () =>
      call(client.GET('/api/v1/indicators', { params: { query: { area: area as never, pageSize: 100 } } })),
  });

export const packUrl = (meetingId: number, format: 'pdf' | 'xlsx', asOf: string) =>
  `/api/v1/meetings/${meetingId}/pack?format=${format}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
export const groupCalendarUrl = (groupId: number) => `/api/v1/groups/${groupId}/calendar.ics`;
export const delegateCalendarUrl = (delegateId: number) => `/api/v1/network-delegates/${delegateId}/calendar.ics`;
