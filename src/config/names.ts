// What a fleet host name may be (no YAML here: the no-file fleet uses it too).

export const NAME_MAX = 32;
/** Names go into selectors (`host:name`), ControlPaths and tmux formats: keep them plain. */
export const HOST_NAME = /^[a-z0-9][a-z0-9._-]*$/;

export const validHostName = (s: string): boolean => HOST_NAME.test(s) && s.length <= NAME_MAX;
