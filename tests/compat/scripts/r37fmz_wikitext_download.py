"""WikiText2/103 download their archive from $MXNET_GLUON_REPO (a local server here) when the token file is missing:
retries on 404, a hash mismatch after the download, a published archive is not fetched again."""
import contextlib, http.server, io, os, shutil, tempfile, threading, zipfile
from mxnet.gluon.contrib.data.text import WikiText2, WikiText103

served = {}
asked = []


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        asked.append(self.path)
        body = served.get(self.path)
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


srv = http.server.HTTPServer(('127.0.0.1', 0), Handler)
threading.Thread(target=srv.serve_forever, daemon=True).start()
root = tempfile.mkdtemp()


def clean(text):
    return text.replace(root, 'ROOT').replace(str(srv.server_address[1]), 'PORT')


def attempt(label, fn):
    buf = io.StringIO()
    del asked[:]
    with contextlib.redirect_stdout(buf):
        try:
            r = fn()
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, str(e)[:200])
    print(label, '->', clean(str(r)))
    for line in buf.getvalue().splitlines():
        print('   |', clean(line)[:200])
    print('   asked', asked)
    for dirpath, _, files in sorted(os.walk(root)):
        print('   files', clean(dirpath), sorted(files))


b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr('wikitext-2/wiki.test.tokens', ' a b c \n\n b c d \n')
served['/gluon/dataset/wikitext-2/wikitext-2-v1.zip'] = b.getvalue()
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%d' % srv.server_address[1]
attempt('103 missing', lambda: len(WikiText103(root=os.path.join(root, 'w103'), segment='validation')))
attempt('2 served, other hash', lambda: len(WikiText2(root=os.path.join(root, 'w2'), segment='test', seq_len=3)))
attempt('2 again', lambda: len(WikiText2(root=os.path.join(root, 'w2'), segment='test', seq_len=3)))
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%d/mirror/' % srv.server_address[1]
attempt('2 mirror', lambda: len(WikiText2(root=os.path.join(root, 'w2'), segment='train')))
srv.shutdown()
shutil.rmtree(root)
