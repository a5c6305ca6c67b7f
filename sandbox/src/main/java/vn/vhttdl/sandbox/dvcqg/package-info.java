/**
 * A stand-in for the national public service portal's adapter (Cổng Dịch vụ công quốc gia,
 * DVCQG): session login, the dossier services {@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}
 * and {@code TraCuuHoSo} with the portal's add-or-update rule, records validated with the same
 * {@code dvcqg/*} schemas the hub uses, sessions that expire, and a control API that shows what
 * it holds. Everything is in memory and lost on restart.
 *
 * <h2>Settings ({@code sandbox.dvcqg.*}, defaults in {@link vn.vhttdl.sandbox.dvcqg.DvcqgSandboxProperties})</h2>
 * {@code username} {@code hub}, {@code password} {@code hub-dvcqg-secret}, {@code madonvi} empty
 * (any well-formed unit code such as {@code 000.07.24.H05}), {@code session-ttl} {@code PT30M},
 * {@code session-expired-error-code} {@code -2}, {@code max-records-per-call} {@code 100}.
 *
 * <h2>The portal side: every answer HTTP 200 with an {@code error_code}, except a body that is not JSON (400)</h2>
 * <pre>
 * POST /dvcqg/login    {"username","password"}
 *   → {"session":"…","error_code":0}
 *   → {"error_code":1,"message":"Sai tên đăng nhập hoặc mật khẩu / …"}
 *
 * POST /dvcqg/service  {"session","madonvi","service", …}
 *   session missing, unknown or expired → {"error_code":"-2" (session-expired-error-code),"message":"… đăng nhập lại …"}
 *   madonvi missing or not allowed      → {"error_code":"-1",…}
 *   unknown service                     → {"error_code":"-1","message":"… (CapNhatTienDoHoSoMC, DongBoHoSoMC, TraCuuHoSo)"}
 *
 *   "service":"DongBoHoSoMC", "isUpdating":"True"|"False", "data":[dvcqg/dong-bo-ho-so/v1 …]
 *     → {"error_code":"00","message":…}                       all added / all updated
 *     → {"error_code":"3","message":"Hồ sơ đã tồn tại: &lt;MaHoSo&gt; / …"}  add of a held dossier: nothing stored
 *     → {"error_code":"4",…}                                  update of a dossier not held: nothing stored
 *     → {"error_code":"2","message":"Dữ liệu không hợp lệ tại data[i].&lt;field&gt; …",
 *        "errors":[{"index","MaHoSo","field","rule","message"}]}   invalid record (schema, date that does not exist,
 *                                                              MaHoSo twice), isUpdating not True/False, data
 *                                                              missing or larger than max-records-per-call
 *   "service":"CapNhatTienDoHoSoMC", "data":[dvcqg/cap-nhat-tien-do/v1 …]
 *     → "00" stored in arrival order; "4" a step of a dossier not held (nothing stored); "2" invalid
 *   "service":"TraCuuHoSo", "mahoso":"…"
 *     → {"error_code":"00","result":[record]} or {"error_code":"00","result":[]}
 * </pre>
 * Error messages never quote a value of a record (records hold personal data).
 *
 * <h2>Control API (no authentication), under {@code /sandbox/api/dvcqg}</h2>
 * <pre>
 * GET    /dossiers           {"count","dossiers":[{"MaHoSo","adds","updates","progressCount","firstReceivedAt",
 *                             "lastReceivedAt","record":{…as last received…},"progress":[…]}]}  (order first added)
 * GET    /dossiers/{MaHoSo}  one of them; 404 when not held
 * DELETE /dossiers           204; forgets dossiers, steps and call counts (sessions stay valid)
 * POST   /sessions/expire    {"expired":n}; every session issued so far is refused from now on
 * GET    /stats              {"logins","refusedLogins","refusedSessions","callsByService":{…},"answersByErrorCode":{…}}
 * </pre>
 */
package vn.vhttdl.sandbox.dvcqg;
