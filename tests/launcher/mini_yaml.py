"""The YAML subset docker-compose.yml is written in, plus compose's ${VAR:-default} interpolation.

Block mappings and `- item` lists by indentation, `[a, "b"]` flow lists, plain/quoted scalars
(all strings), `#` comments. Anything else (anchors, multi-line strings, flow mappings) is an
error, so the compose file stays readable by this reader.
"""
import re

INTERPOLATION = re.compile(r"\$\$|\$\{(\w+)(?:(:?)-([^}]*))?\}")


class YamlSubsetError(ValueError):
    """Text outside the supported YAML subset."""


def load(text):
    """Parse `text` into dicts, lists and strings."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        content = _strip_comment(raw).rstrip()
        if content.strip():
            if "\t" in raw[:len(raw) - len(raw.lstrip())]:
                raise YamlSubsetError(f"line {number}: tab indentation")
            lines.append((len(content) - len(content.lstrip()), content.strip(), number))
    if not lines:
        return None
    value, end = _block(lines, 0, lines[0][0])
    if end != len(lines):
        raise YamlSubsetError(f"line {lines[end][2]}: unexpected indentation")
    return value


def _strip_comment(line):
    """The line without a `#` comment (a # inside quotes or glued to a word is kept)."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i]
    return line


def _block(lines, i, indent):
    """A mapping or a list whose entries sit at `indent`, starting at line i."""
    if lines[i][1].startswith("- ") or lines[i][1] == "-":
        items = []
        while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("-"):
            items.append(_scalar(lines[i][1][1:].strip(), lines[i][2]))
            i += 1
        return items, i
    mapping = {}
    while i < len(lines) and lines[i][0] == indent:
        _, content, number = lines[i]
        key, sep, rest = content.partition(":")
        if not sep or (rest and not rest.startswith(" ")) or not key:
            raise YamlSubsetError(f"line {number}: expected `key: value`, got {content!r}")
        i += 1
        if rest.strip():
            mapping[key] = _scalar(rest.strip(), number)
        elif i < len(lines) and lines[i][0] > indent:
            mapping[key], i = _block(lines, i, lines[i][0])
        else:
            mapping[key] = None
    return mapping, i


def _scalar(text, number):
    """A plain or quoted string, or a flow list of them."""
    if text.startswith("["):
        if not text.endswith("]"):
            raise YamlSubsetError(f"line {number}: flow list must end on its line: {text!r}")
        parts = re.findall(r'\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[^,]+?)\s*(?:,|$)', text[1:-1])
        return [_scalar(p, number) for p in parts if p]
    if text[0] in "&*{|>!":
        raise YamlSubsetError(f"line {number}: {text[0]!r} is outside the supported subset")
    if text[0] == '"' and text.endswith('"') and len(text) > 1:
        return re.sub(r'\\(.)', r"\1", text[1:-1])
    if text[0] == "'" and text.endswith("'") and len(text) > 1:
        return text[1:-1].replace("''", "'")
    return text


def interpolate(value, environ):
    """Compose's `${VAR}`, `${VAR:-default}`, `${VAR-default}` and `$$`, through dicts and lists."""
    if isinstance(value, dict):
        return {k: interpolate(v, environ) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, environ) for v in value]
    if not isinstance(value, str):
        return value

    def one(match):
        if match[0] == "$$":
            return "$"
        name, colon, default = match[1], match[2], match[3]
        got = environ.get(name)
        if default is not None and (got is None or (colon and got == "")):
            return default
        return got or ""
    return INTERPOLATION.sub(one, value)
