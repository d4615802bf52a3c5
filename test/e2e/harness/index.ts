/** Test harness for role-bot end-to-end tests: fake Slack API, request signing, payloads, Socket Mode stand-in. */

export * from './eventually';
export * from './fake-slack';
export { installCode, teamOfToken } from './fake-slack-oauth';
export * from './logger';
export * from './payloads';
export * from './sign';
export * from './socket-stand-in';
