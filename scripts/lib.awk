# What the awk that draws without node shares: scripts/rows.awk (the picker's rows) and
# scripts/list.awk (nx list) are run with -f lib.awk before them. The answers of a fan-out
# (src/exec/fanout.ts) as node reads them: call J's stdout is in FAN/J.out, its stderr in FAN/J.err,
# its status in FAN/J.rc; an ssh call's output is framed as src/exec/frame.ts frames it (TAG), a
# local call's (TAG "-") is tmux's own. And text as src/model/text.ts and the tables shape it.

# answer(FAN, J, TAG, OUT): J's list-sessions lines into OUT[1..n]; returns n. "No server running"
# is an answer with no sessions, as src/fleet/list.ts takes it (tmuxFailure). Anything node would
# report instead (no status, ssh failed, no frame or a frame cut short, tmux failed) returns -1.
function answer(fan, j, tag, out,    file, rc, line, state, n, code, err) {
  file = fan "/" j ".rc"
  rc = ""
  getline rc < file
  close(file)
  if (rc !~ /^[0-9]+$/) return -1
  n = 0
  file = fan "/" j ".out"
  if (tag == "-") {
    while ((getline line < file) > 0) out[++n] = line
    close(file)
    if (rc == "0") return n
    err = ""
    file = fan "/" j ".err"
    while ((getline line < file) > 0) err = err line "\n"
    close(file)
    return noserver(rc, err) ? 0 : -1
  }
  if (rc != "0") return -1
  tag = "@@NX:" tag
  # 0: before the frame (a login shell's noise), 1: the output, 2: its stderr, 3: at its END.
  state = 0
  err = ""
  while ((getline line < file) > 0) {
    if (state == 0) { if (line == tag ":OUT") state = 1 }
    else if (state == 1 && index(line, tag ":ERR ") == 1) { code = substr(line, length(tag) + 6); state = 2 }
    else if (state == 1) out[++n] = line
    else if (state == 2) { if (line == tag ":END") state = 3; else err = err line "\n" }
  }
  close(file)
  if (state != 3 || code !~ /^[0-9]+$/) return -1
  if (code == "0") return n
  return noserver(code, err) ? 0 : -1
}

# parseRow (src/tmux/fields.ts): a list-sessions line's nine fields into C[1..9], in
# SESSION_FORMAT's order, the numbers as Number() reads them (no leading zeros); 0 when the line
# is not one (it is dropped, as parseSessions drops it).
function fields(line, c,    i) {
  if (split(line, c, "\t") != 9) return 0
  if (c[1] !~ /^\$[0-9]+$/ || c[8] !~ /^[01]?$/) return 0
  for (i = 2; i <= 5; i++) {
    if (c[i] !~ /^[0-9]+$/) return 0
    sub(/^0+/, "", c[i])
    if (c[i] == "") c[i] = "0"
  }
  return 1
}

# tmuxFailure (src/exec/errors.ts) says "no-server".
function noserver(code, err) {
  err = tolower(err)
  if (code == 127 || err ~ /tmux: (command )?not found|tmux: no such file/) return 0
  # As the JS regex of tmuxFailure: its . does not cross a newline.
  return err ~ /no server running|error connecting to [^\n]*(no such file|connection refused)|server exited unexpectedly/
}

# stripControl (src/model/text.ts): escape sequences, C0 controls but tab and newline, DEL, C1, in
# one pass from the left as its regex goes (an ESC that starts no sequence goes alone); then tabs
# and newlines become spaces.
function flat(t,    o, c) {
  if (t !~ /[\001-\037\177]|\302[\200-\237]/) return t
  o = ""
  while (match(t, /[\001-\010\013-\037\177]|\302[\200-\237]/)) {
    o = o substr(t, 1, RSTART - 1)
    t = substr(t, RSTART)
    c = substr(t, 1, 1)
    # CSI as a string: busybox awk reads [ -\/] in a regex literal as a range up to the backslash.
    if (c == "\033" && (match(t, "^\033\\[[0-?]*[ -/]*[@-~]") || match(t, /^\033\][^\007\033]*(\007|\033\\)/) || match(t, /^\033[@-Z\\-_]/)))
      t = substr(t, RLENGTH + 1)
    else t = substr(t, c == "\302" ? 3 : 2)
  }
  o = o t
  gsub(/[\t\n]/, " ", o)
  return o
}

# age() of src/model/text.ts: 3s, 5m, 2h, 4d.
function age(x,    s) {
  s = x < 0 ? 0 : int(x + 0.5)
  if (s < 60) return s "s"
  if (s < 3600) return int(s / 60) "m"
  if (s < 86400) return int(s / 3600) "h"
  return int(s / 86400) "d"
}

# Columns count code points, as rows.ts and the tables of src/commands/style.ts do: under LC_ALL=C
# any awk counts bytes, so UTF-8 continuation bytes are left out.
function width(s,    t) {
  t = s
  return length(s) - gsub(/[\200-\277]/, "", t)
}
