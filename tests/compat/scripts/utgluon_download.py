"""gluon.utils.download against a local HTTP server: fetch, reuse, sha1 checks, retries and their messages."""
import contextlib
import functools
import hashlib
import http.server
import io
import os
import re
import tempfile
import threading
import warnings

from mxnet import gluon

root = tempfile.mkdtemp()
with open(os.path.join(root, "data.txt"), "wb") as f:
    f.write(b"distnet download check\n" * 50)
good_sha1 = hashlib.sha1(b"distnet download check\n" * 50).hexdigest()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
threading.Thread(target=server.serve_forever, daemon=True).start()
base = "http://127.0.0.1:%d" % server.server_address[1]
out_dir = tempfile.mkdtemp()


def attempt(label, fn):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn()
            result = os.path.relpath(result, out_dir) if os.path.isabs(result) else result
        except Exception as e:
            result = "%s: %s" % (type(e).__name__, e)
    text = (buf.getvalue() + "result " + str(result)).replace(base, "URL").replace(out_dir, "DIR")
    print("==", label)
    print(re.sub(r"\.[0-9a-f-]{36}", ".UUID", text))
    for w in caught:
        print("warning", w.category.__name__, str(w.message).replace(out_dir, "DIR"))


attempt("fetch into a directory", lambda: gluon.utils.download(base + "/data.txt", path=out_dir))
attempt("size", lambda: str(os.path.getsize(os.path.join(out_dir, "data.txt"))))
attempt("present: no fetch", lambda: gluon.utils.download(base + "/data.txt", path=out_dir))
attempt("present, good sha1: no fetch",
        lambda: gluon.utils.download(base + "/data.txt", path=out_dir, sha1_hash=good_sha1))
attempt("overwrite", lambda: gluon.utils.download(base + "/data.txt", path=out_dir, overwrite=True))
attempt("to a file name", lambda: gluon.utils.download(base + "/data.txt", path=os.path.join(out_dir, "b.bin")))
attempt("into a new directory",
        lambda: gluon.utils.download(base + "/data.txt", path=os.path.join(out_dir, "new", "c.txt")))
attempt("sha1 mismatch, retries=2",
        lambda: gluon.utils.download(base + "/data.txt", path=os.path.join(out_dir, "d.txt"), sha1_hash="0" * 40,
                                     retries=2))
attempt("missing, retries=3", lambda: gluon.utils.download(base + "/missing.txt", path=out_dir, retries=3))
attempt("missing, retries=0", lambda: gluon.utils.download(base + "/missing.txt", path=out_dir, retries=0))
attempt("files", lambda: str(sorted(os.listdir(out_dir))))
server.shutdown()
server.server_close()
