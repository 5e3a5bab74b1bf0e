// Renders `tmux capture-pane -e -p` output (SGR colours, bold, reverse) as an SVG screen, for the
// README's pictures. Docs tooling only, not part of the bundle.

const BASE = ["#1d1f21", "#cc6666", "#b5bd68", "#f0c674", "#81a2be", "#b294bb", "#8abeb7", "#c5c8c6"];
const BRIGHT = ["#666666", "#ff7b72", "#d7ff87", "#ffe082", "#a3c6ff", "#e5b3ff", "#a8f0e8", "#ffffff"];
const FG = "#c5c8c6";
const BG = "#1d1f21";

function xterm256(n) {
  if (n < 8) return BASE[n];
  if (n < 16) return BRIGHT[n - 8];
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const i = n - 16;
  const c = (x) => (x === 0 ? 0 : 55 + x * 40);
  return `rgb(${c(Math.floor(i / 36))},${c(Math.floor(i / 6) % 6)},${c(i % 6)})`;
}

/** Applies one SGR parameter list to the style. */
function sgr(style, params) {
  const p = params.length ? params : [0];
  for (let i = 0; i < p.length; i++) {
    const n = p[i];
    if (n === 0) Object.assign(style, { fg: undefined, bg: undefined, bold: false, dim: false, rev: false });
    else if (n === 1) style.bold = true;
    else if (n === 2) style.dim = true;
    else if (n === 22) Object.assign(style, { bold: false, dim: false });
    else if (n === 7) style.rev = true;
    else if (n === 27) style.rev = false;
    else if (n >= 30 && n <= 37) style.fg = BASE[n - 30];
    else if (n >= 90 && n <= 97) style.fg = BRIGHT[n - 90];
    else if (n >= 40 && n <= 47) style.bg = BASE[n - 40];
    else if (n >= 100 && n <= 107) style.bg = BRIGHT[n - 100];
    else if (n === 39) style.fg = undefined;
    else if (n === 49) style.bg = undefined;
    else if ((n === 38 || n === 48) && p[i + 1] === 5) {
      style[n === 38 ? "fg" : "bg"] = xterm256(p[i + 2]);
      i += 2;
    } else if ((n === 38 || n === 48) && p[i + 1] === 2) {
      style[n === 38 ? "fg" : "bg"] = `rgb(${p[i + 2]},${p[i + 3]},${p[i + 4]})`;
      i += 4;
    }
  }
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function ansiToSvg(text, { cols = 120, title = "" } = {}) {
  const cw = 8.4;
  const lh = 17;
  const rows = text.replace(/\n$/, "").split("\n");
  const out = [];
  rows.forEach((line, y) => {
    const style = {};
    let x = 0;
    for (const part of line.split(/(\x1b\[[0-9;]*m)/)) {
      const m = /^\x1b\[([0-9;]*)m$/.exec(part);
      if (m) {
        sgr(style, m[1] === "" ? [] : m[1].split(";").map(Number));
        continue;
      }
      const chars = [...part.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "")];
      if (!chars.length) continue;
      let fg = style.fg ?? FG;
      let bg = style.bg;
      if (style.rev) [fg, bg] = [bg ?? BG, fg];
      const px = 12 + x * cw;
      const py = 34 + y * lh;
      if (bg)
        out.push(`<rect x="${px}" y="${py - 13}" width="${chars.length * cw}" height="${lh}" fill="${bg}"/>`);
      const w = style.bold ? ' font-weight="bold"' : "";
      const o = style.dim ? ' opacity="0.6"' : "";
      out.push(
        `<text x="${px}" y="${py}" fill="${fg}"${w}${o} textLength="${chars.length * cw}">${esc(chars.join(""))}</text>`,
      );
      x += chars.length;
    }
  });
  const width = 24 + cols * cw;
  const height = 44 + rows.length * lh;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">`,
    `<rect width="100%" height="100%" rx="8" fill="${BG}"/>`,
    `<text x="12" y="16" fill="#888" font-size="11">${esc(title)}</text>`,
    ...out,
    "</svg>",
    "",
  ].join("\n");
}
