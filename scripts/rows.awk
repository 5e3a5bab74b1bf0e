# The picker's first frame without node: rows drawn exactly as src/picker/rows.ts draws them (a unit
# test runs both over the same sessions, hostile names included). scripts/picker.sh runs
#   NEXUS_KEY=KEY LC_ALL=C awk -v peers=DIR -f lib.awk -f rows.awk META -
# META: the picker's meta file (src/picker/meta.ts), of which the block whose key line is KEY is
# read (from the environment: awk -v would undo backslashes). stdin: this server's `list-sessions -F` in
# SESSION_FORMAT. Every other host's rows come from DIR/<host>.tsv, the peer cache's TSV mirror
# (`at <ms>`, then SESSION_FORMAT lines). Under LC_ALL=C any awk counts bytes: UTF-8 continuation
# bytes are left out of lengths, so columns are padded by code points, as rows.ts pads them.
# -v now=SECONDS fixes the clock (tests); -v copy=FILE also writes the rows there.
# With -v fan=DIR -v jobs="HOST:I:TAG …" it draws the LIVE frame
# instead, from the answers of the picker's fan-out (src/exec/fanout.ts); exit 3 unless every host
# answered (fanned()).

BEGIN {
  FS = "\t"
  key = ENVIRON["NEXUS_KEY"]
  # POSIX: srand() returns the previous seed, and srand() seeds with the time of day.
  if (now == "") { srand(); now = srand() }
}

FNR == NR {
  # A block of another version (an older nexus wrote it) is never this press's.
  if ($0 ~ /^nexus-picker\t/) { block = 0; current = ($0 == "nexus-picker\t2") }
  else if ($0 == key && current && !seen) block = seen = 1
  else if (block && $1 == "host") { n++; hname[n] = $2; hsgr[n] = $3; how[n] = $4 }
  next
}

{ live[++nlive] = $0 }

END {
  if (fan != "") exit fanned()
  for (i = 1; i <= n; i++) {
    if (how[i] == "here") {
      for (j = 1; j <= nlive; j++) row(i, live[j], 0, 0)
      continue
    }
    file = peers "/" hname[i] ".tsv"
    cached = 0
    while ((getline line < file) > 0) {
      if (line ~ /^at\t[0-9]+$/) { cached = 1; stale = now - substr(line, 4) / 1000 }
      else if (cached) row(i, line, 1, stale)
    }
    close(file)
  }
}

# The live frame: host I's list-sessions answer in FAN (answer() of lib.awk). Anything but an answer from every host (an ssh or tmux
# failure, no frame), or more rows than a fifo takes at once, is exit 3: then node, which knows
# why, draws that frame.
function fanned(    t, k, f, i, nout, out) {
  split(jobs, t, " ")
  for (k in t) { split(t[k], f, ":"); jix[f[1]] = f[2]; jtag[f[1]] = f[3] }
  for (i = 1; i <= n; i++) {
    if (!(hname[i] in jix)) return 3
    nout = answer(fan, jix[hname[i]], jtag[hname[i]], out)
    if (nout < 0) return 3
    for (k = 1; k <= nout; k++) row(i, out[k], 0, 0)
  }
  return bytes > 60000 ? 3 : 0
}

# One session line → `host:$id<TAB>label`; a malformed line is dropped, as parseSessions drops it.
function row(i, line, cached, stale,    c, out) {
  if (!fields(line, c)) return
  out = hname[i] ":" c[1] "\t\033[" hsgr[i] "m" pad(hname[i], 10) "\033[0m"
  out = out " " pad(flat(c[9]), 24) " " pad(flat(c[6]), 12) " " pad("idle " age(now - c[5]), 10)
  out = out " " (c[3] + 0 > 0 ? "attached" : "        ")
  out = out " " (c[8] == "1" ? "\033[31mdead\033[0m" : "")
  out = out " " (cached ? "\033[2m(" age(stale) " ago)\033[0m" : "")
  sub(/ +$/, "", out)
  emit(out)
}

function emit(line) {
  bytes += length(line) + 1
  print line
  if (copy != "") print line > copy
}

function pad(s, w,    len) {
  len = width(s)
  while (len++ < w) s = s " "
  return s
}
