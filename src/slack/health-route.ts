import type { CustomRoute } from '@slack/bolt';
import type { AnswerEngine } from '../engine';
import type { DependencyHealth, HealthProbe } from '../health';

/**
 * `GET /healthz` in HTTP mode: the knowledge served, each dependency's state (`up`, `down`, or `off` when
 * not configured) and the uptime. A dependency that is down does not make it fail: answers still flow
 * without it. It answers 503 only when role-bot itself cannot answer (no knowledge to answer from).
 */
export function healthRoute(
  engine: () => AnswerEngine,
  dependencies: Record<string, HealthProbe> = {},
): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      void (async () => {
        const states: Record<string, DependencyHealth> = {};
        await Promise.all(
          Object.entries(dependencies).map(async ([name, probe]) => {
            states[name] = await probe().catch(() => ({ state: 'down' as const }));
          }),
        );
        let body: Record<string, unknown>;
        try {
          const { version, roles, comparisons, faqs } = engine().knowledge;
          const knowledge = {
            version,
            roles: roles.length,
            comparisons: comparisons.length,
            faqs: faqs.length,
          };
          body = { ok: true, knowledge, dependencies: states };
        } catch (error) {
          body = {
            ok: false,
            error: `no knowledge to answer from: ${(error as Error)?.message ?? error}`,
            dependencies: states,
          };
        }
        res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ...body, uptimeSeconds: Math.round(process.uptime()) }));
      })();
    },
  };
}
