# nx list without node: the listing of every host, printed exactly as src/commands/list.ts prints
# it (a unit test runs both over the same answers, hostile names included), and the peer cache
# written as src/fleet/cache.ts writes it. The tail of bin/nx's fan-out runs (src/fleet/listfan.ts)
#   LC_ALL=C awk -f lib.awk -f list.awk TIMES
# with, in the environment (awk -v would undo backslashes): NXL_FAN=DIR, NXL_CACHE=NEW,
# NXL_MODE=json|text|color, NXL_JOBS="HOST:I:TAG:LOCAL:SGR …" (in fleet order), NXL_SELF=NAME.
# TIMES: `stat -c '%.3Y %n'` of DIR/t0 (made as the calls started) and of each call's DIR/I.rc
# (made as it ended). It prints nothing and exits 3, for node to list, unless every host answered
# (lib.awk) and every text is valid UTF-8 (node would print U+FFFD where it is not). The cache
# goes to NEW/HOST.json and .tsv, for the tail to move into the peer cache. The clock is the last
# call's end (-v now=SECONDS fixes it: tests).

BEGIN {
  fan = ENVIRON["NXL_FAN"]; news = ENVIRON["NXL_CACHE"]; mode = ENVIRON["NXL_MODE"]
  jobs = ENVIRON["NXL_JOBS"]; self = ENVIRON["NXL_SELF"]
  for (i = 1; i < 32; i++) CTRL = CTRL sprintf("%c", i)
}

{
  # A stat that prints whole seconds (busybox's ignores the precision): no ms to go by.
  # (exit here runs END: which ends at once.)
  if ($1 !~ /^[0-9]+\.[0-9][0-9][0-9]$/) { bad = 1; exit 3 }
  name = $0
  sub(/^[^ ]* /, "", name)
  if (name ~ /\/t0$/) t0 = ms($1)
  else if (match(name, /\/[0-9]+\.rc$/)) {
    ended[substr(name, RSTART + 1, RLENGTH - 4)] = ms($1)
    if ($1 + 0 > last) last = $1 + 0
  }
}

END {
  if (bad || t0 == "") exit 3
  if (now == "") now = last
  # Every host's answer first: nothing is printed unless all of them can be.
  nh = split(jobs, hs, " ")
  for (h = 1; h <= nh; h++) {
    split(hs[h], f, ":")
    HOST[h] = f[1]; IX[h] = f[2]; LOCAL[h] = f[4]; SGR[h] = f[5]
    n = answer(fan, f[2], f[3], lines)
    if (n < 0 || !(f[2] in ended)) exit 3
    NS[h] = DROP[h] = 0
    FIRST[h] = nsess + 1
    for (k = 1; k <= n; k++) {
      if (lines[k] == "") continue
      if (!session(lines[k], (nsess + 1) * 10)) { DROP[h]++; continue }
      NS[h]++
      nsess++
      if (!utf8(lines[k])) exit 3
    }
  }
  if (mode == "json") printf "{\n  \"v\": 1,\n  \"self\": %s,\n  \"hosts\": [\n", q(self)
  for (h = 1; h <= nh; h++) {
    if (mode == "json") jsonHost(h, h < nh ? ",\n" : "\n")
    else textHost(h)
    cache(h, ended[IX[h]])
  }
  if (mode == "json") printf "  ]\n}\n"
}

# Seconds with 3 decimals → ms, as digits: a number this big prints as 1.7e+12 in mawk.
function ms(t) {
  sub(/\./, "", t)
  return t
}

# A session (lib.awk fields()), or 0 for a dropped line: its fields are S[B + 1…9]. (Host h's
# session k: B = at(h, k). One-dimensional, with numbers for keys: mawk's fastest arrays.)
function session(line, b,    c, i) {
  if (!fields(line, c)) return 0
  # Past 15 digits node's Number() rounds: node prints that.
  for (i = 2; i <= 5; i++) if (length(c[i]) > 15) exit 3
  for (i = 1; i <= 9; i++) S[b + i] = c[i]
  return 1
}

function at(h, k) { return (FIRST[h] + k - 1) * 10 }

# JSON.stringify(listingsJson(…), null, 2) of one host (src/commands/list.ts).
function jsonHost(h, after,    k, ns, host, b) {
  host = q(HOST[h])
  ns = NS[h]
  printf "    {\n      \"name\": %s,\n      \"local\": %s,\n      \"ok\": true,\n", host, LOCAL[h] ? "true" : "false"
  printf "      \"ms\": %d,\n      \"error\": null,\n      \"dropped\": %d,\n", ended[IX[h]] - t0, DROP[h]
  printf "      \"sessions\": %s", ns ? "[\n" : "[]"
  for (k = 1; k <= ns; k++) {
    b = at(h, k)
    printf "        {\n          \"host\": %s,\n          \"id\": %s,\n", host, q(S[b + 1])
    printf "          \"windows\": %s,\n          \"attached\": %s,\n", S[b + 2], S[b + 3]
    printf "          \"created\": %s,\n          \"activity\": %s,\n", S[b + 4], S[b + 5]
    printf "          \"command\": %s,\n          \"path\": %s,\n", q(S[b + 6]), q(S[b + 7])
    printf "          \"dead\": %s,\n          \"name\": %s\n", S[b + 8] == "1" ? "true" : "false", q(S[b + 9])
    printf "        }%s", k < ns ? ",\n" : "\n"
  }
  printf "%s\n    }%s", ns ? "      ]" : "", after
}

# JSON.stringify of a string: ", \ and C0 controls escaped; the rest as it is.
function q(s,    o, i, c) {
  if (s !~ /["\\\001-\037]/) return "\"" s "\""
  o = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\"" || c == "\\") o = o "\\" c
    else if (c == "\b") o = o "\\b"
    else if (c == "\f") o = o "\\f"
    else if (c == "\n") o = o "\\n"
    else if (c == "\r") o = o "\\r"
    else if (c == "\t") o = o "\\t"
    else if (c ~ /[\001-\037]/) o = o sprintf("\\u%04x", index(CTRL, c))
    else o = o c
  }
  return "\"" o "\""
}

# render (src/commands/list.ts) of one host: a title line, then its sessions as a table.
function textHost(h,    k, i, w, row, ns, d, b) {
  ns = NS[h]
  d = DROP[h]
  printf "%s  %s\n", mode == "color" ? "\033[" SGR[h] "m" HOST[h] "\033[0m" : HOST[h], ns == 0 ? "no sessions" : ns " session" (ns == 1 ? "" : "s")
  if (d) printf "  (%d unreadable row%s from tmux skipped)\n", d, d == 1 ? "" : "s"
  for (k = 1; k <= ns; k++) {
    b = at(h, k)
    T[k * 10 + 1] = flat(S[b + 9]); T[k * 10 + 2] = flat(S[b + 1]); T[k * 10 + 3] = S[b + 2] "w"
    T[k * 10 + 4] = flat(S[b + 6]); T[k * 10 + 5] = "idle " age(now - S[b + 5])
    T[k * 10 + 6] = S[b + 3] != "0" ? "attached" : ""; T[k * 10 + 7] = S[b + 8] == "1" ? "dead" : ""
    for (i = 1; i <= 7; i++) {
      W[k * 10 + i] = width(T[k * 10 + i])
      if (W[k * 10 + i] > w[i]) w[i] = W[k * 10 + i]
    }
  }
  for (k = 1; k <= ns; k++) {
    row = T[k * 10 + 1]
    for (i = 2; i <= 7; i++) row = row spaces(w[i - 1] - W[k * 10 + i - 1] + 2) T[k * 10 + i]
    sub(/ +$/, "", row)
    printf "  %s\n", row
  }
}

function spaces(n) {
  while (length(SPACES) < n) SPACES = SPACES "                                "
  return substr(SPACES, 1, n)
}

# The peer cache's JSON (compact, as JSON.stringify writes it) and its TSV mirror (sessionLine),
# written when the call ended (when, in ms). A line a session: mawk's redirected printf is slow.
function cache(h, when,    k, i, host, json, tsv, j, t, b) {
  host = q(HOST[h])
  json = news "/" HOST[h] ".json"
  tsv = news "/" HOST[h] ".tsv"
  printf "{\"v\":1,\"host\":%s,\"at\":%s,\"sessions\":[", host, when > json
  printf "at\t%s\n", when > tsv
  for (k = 1; k <= NS[h]; k++) {
    b = at(h, k)
    j = (k > 1 ? "," : "") "{\"host\":" host ",\"id\":" q(S[b + 1]) ",\"windows\":" S[b + 2]
    j = j ",\"attached\":" S[b + 3] ",\"created\":" S[b + 4] ",\"activity\":" S[b + 5]
    j = j ",\"command\":" q(S[b + 6]) ",\"path\":" q(S[b + 7])
    j = j ",\"dead\":" (S[b + 8] == "1" ? "true" : "false") ",\"name\":" q(S[b + 9]) "}"
    printf "%s", j > json
    t = S[b + 1]
    for (i = 2; i <= 9; i++) t = t "\t" (i == 8 ? (S[b + 8] == "1" ? "1" : "0") : S[b + i])
    if (t ~ /\r/) gsub(/\r/, " ", t)
    printf "%s\n", t > tsv
  }
  printf "]}\n" > json
  close(json)
  close(tsv)
}

# Well-formed UTF-8 (bytes, under LC_ALL=C): what is left once every valid sequence is taken out.
function utf8(s) {
  if (s !~ /[\200-\377]/) return 1
  gsub(/[\302-\337][\200-\277]|\340[\240-\277][\200-\277]|[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|\360[\220-\277][\200-\277][\200-\277]|[\361-\363][\200-\277][\200-\277][\200-\277]|\364[\200-\217][\200-\277][\200-\277]/, "", s)
  return s !~ /[\200-\377]/
}
