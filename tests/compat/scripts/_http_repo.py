"""A file server on 127.0.0.1 for the download scripts: ``served`` maps a URL path to its bytes, or to a function
that answers the request handler itself (others get 404),
``asked`` lists the paths requested; ``attempt`` runs a download and prints its result, output, requests and the
files under a folder."""
import contextlib, http.server, io, os, re, threading

served = {}
asked = []


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        asked.append(self.path)
        body = served.get(self.path)
        if callable(body):      # a script's own response (a redirect, a body cut off)
            body(self)
            return
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


server = http.server.HTTPServer(('127.0.0.1', 0), _Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
port = str(server.server_address[1])


def attempt(label, fn, root, width=150):
    """Print ``fn()``'s result or error, what it printed, the paths it asked for and the files under ``root``."""
    def clean(text):        # (a temporary file's name ends in a random uuid)
        text = text.replace(root, 'ROOT').replace(port, 'PORT')
        return re.sub(r'[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}', 'UUID', text)
    buf = io.StringIO()
    del asked[:]
    with contextlib.redirect_stdout(buf):
        try:
            r = fn()
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, str(e)[:width])
    print(label, '->', clean(str(r)))
    for line in buf.getvalue().splitlines():
        print('   |', clean(line)[:width])
    print('   asked', asked)
    for dirpath, _, files in sorted(os.walk(root)):
        print('   files', clean(dirpath), sorted(clean(f) for f in files))
