"""gluon.utils.download and test_utils.download on HTTP statuses other than 200 (a redirect followed; 204, 206, 403, 500
refused, each in its own words) against a local server: what is asked, printed and left on disk."""
import contextlib, http.server, io, os, shutil, tempfile, threading
from mxnet.gluon import utils
import mxnet as mx
asked = []
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        asked.append(self.path)
        if self.path == '/r':
            self.send_response(302); self.send_header('Location', '/ok'); self.end_headers(); return
        if self.path == '/loop':
            self.send_response(302); self.send_header('Location', '/loop'); self.end_headers(); return
        code = {'/ok': 200, '/e': 500, '/n': 204, '/p': 206, '/f': 403}[self.path]
        self.send_response(code); self.send_header('Content-Length', '2'); self.end_headers(); self.wfile.write(b'hi' if code != 204 else b'')
    def log_message(self, *a): pass
srv = http.server.HTTPServer(('127.0.0.1', 0), Handler)
threading.Thread(target=srv.serve_forever, daemon=True).start()
port = str(srv.server_address[1]); base = 'http://127.0.0.1:%s' % port
root = tempfile.mkdtemp(); os.chdir(root)
for p in ['/r', '/e', '/n', '/p', '/f']:
    for fn in (lambda: utils.download(base + p, path='g' + p[1:], retries=1), lambda: mx.test_utils.download(base + p, fname='t' + p[1:], retries=1)):
        del asked[:]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            try: r = fn()
            except Exception as e: r = '%s: %s' % (type(e).__name__, str(e).replace(port, 'PORT'))
        print(p, r, asked, sorted(os.listdir(root)), repr(buf.getvalue().replace(port, 'PORT').replace(root, 'ROOT')))
srv.shutdown()
os.chdir('/')
shutil.rmtree(root)
