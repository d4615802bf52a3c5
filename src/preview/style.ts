/** The page's style: Slack's message look (type, colours, block spacing), kept in one place. */
export const PREVIEW_CSS = `
:root{--text:#1d1c1d;--muted:#616061;--line:#dddddd;--link:#1264a3;--green:#007a5a;--red:#e01e5a;--bg:#f8f8f8;--aubergine:#3f0e40}
*{box-sizing:border-box}
body{margin:0;font:15px/1.46668 Lato,"Helvetica Neue",Helvetica,"Segoe UI",Tahoma,Arial,sans-serif;color:var(--text);background:var(--bg)}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
code{font:12px/1.5 Monaco,Menlo,Consolas,"Courier New",monospace;color:#c01343;background:#f6f6f6;border:1px solid #e8e8e8;border-radius:3px;padding:1px 3px}
.top{background:var(--aubergine);color:#fff;padding:10px 20px;font-weight:700;display:flex;gap:10px;align-items:baseline}
.top .logo{font-size:17px}.top-meta{margin-left:auto;font-weight:400;font-size:13px;opacity:.8}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px;max-width:1180px;margin:0 auto;padding:20px}
@media (max-width:860px){.layout{grid-template-columns:1fr}}
.ask{display:flex;gap:8px;margin-bottom:16px}
.ask input{flex:1;font:inherit;padding:9px 12px;border:1px solid #868686;border-radius:8px;background:#fff}
.ask input:focus{outline:none;border-color:var(--link);box-shadow:0 0 0 3px rgba(29,155,209,.3)}
.message{display:flex;gap:10px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px}
.avatar{flex:none;width:36px;height:36px;border-radius:6px;background:var(--green);color:#fff;font-weight:900;display:flex;align-items:center;justify-content:center}
.msg{flex:1;min-width:0}.msg-meta{margin-bottom:2px}.muted{color:var(--muted);font-size:12px}
.app{font-size:10px;font-weight:700;color:var(--muted);background:#e8e8e8;border-radius:2px;padding:1px 3px;vertical-align:1px}
.blocks>*{margin:4px 0}
.b-header{font-size:18px;font-weight:900;line-height:1.33;margin:10px 0 6px}
.b-section{display:flex;gap:12px;align-items:flex-start}.b-body{flex:1;min-width:0;overflow-wrap:anywhere}
.b-text{margin-bottom:4px}
.b-fields{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px;margin:4px 0 8px}
@media (max-width:600px){.b-fields{grid-template-columns:1fr}}
.b-context{color:var(--muted);font-size:12px;line-height:1.5;display:flex;flex-wrap:wrap;gap:8px}
.b-divider{border:0;border-top:1px solid var(--line);margin:12px 0}
.b-actions{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.blocks ul{margin:2px 0;padding-left:22px}.blocks li{margin:0}
.emoji{color:var(--muted);font-size:12px}
.mention{color:var(--link);background:rgba(29,155,209,.1);border-radius:3px;padding:0 2px}
.btn{display:inline-block;font-family:inherit;font-size:13px;font-weight:700;line-height:1.2;color:var(--text);background:#fff;border:1px solid rgba(29,28,29,.3);border-radius:4px;padding:8px 12px;cursor:pointer;white-space:nowrap;max-width:100%;overflow:hidden;text-overflow:ellipsis}
.btn:hover{background:#f8f8f8;text-decoration:none}
.btn-primary{background:var(--green);border-color:var(--green);color:#fff}.btn-primary:hover{background:#148567}
.btn-danger{background:var(--red);border-color:var(--red);color:#fff}
.btn-inert{cursor:default;opacity:.75}
.select-form{display:flex;gap:6px}.select{font:inherit;font-size:14px;padding:6px 8px;border:1px solid rgba(29,28,29,.3);border-radius:4px;background:#fff;max-width:260px}
.stats{color:var(--muted);font-size:12px;margin:8px 4px;overflow-wrap:anywhere}
.hint{color:var(--muted)}
.problems{background:#fff4f6;border:1px solid var(--red);border-radius:8px;padding:10px 16px;margin-bottom:16px}
.problems h2{font-size:15px;margin:4px 0 8px;color:#a3103c}.problems ul{margin:0;padding-left:18px;max-height:240px;overflow:auto}.problems code{color:var(--text);background:none;border:0;white-space:pre-wrap}
.kb{font-size:14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 14px;align-self:start;max-height:calc(100vh - 100px);overflow:auto;position:sticky;top:20px}
.kb summary{font-weight:700;cursor:pointer;margin:8px 0 4px}.kb ul{list-style:none;margin:0 0 8px;padding:0}.kb li{padding:2px 0}
`;
