"""gluon.utils.download fetches as requests does without it: a user:password in the URL sent as basic authorization
(a user alone sends none), 30 redirects then TooManyRedirects, a body cut off mid-way ChunkedEncodingError."""
import contextlib, io, os, shutil, tempfile
from mxnet.gluon import utils
import _http_repo as repo

auth = []


def hello(h):
    auth.append(h.headers.get('Authorization'))
    h.send_response(200)
    h.send_header('Content-Length', '5')
    h.end_headers()
    h.wfile.write(b'hello')


def redirect(to):
    def answer(h):
        h.send_response(302)
        h.send_header('Location', to(h.path))
        h.send_header('Content-Length', '0')
        h.end_headers()
    return answer


def cut(h):
    h.send_response(200)
    h.send_header('Content-Length', '3000')
    h.end_headers()
    h.wfile.write(b'x' * 2100)


def cut_chunked(h):
    h.protocol_version = 'HTTP/1.1'
    h.send_response(200)
    h.send_header('Transfer-Encoding', 'chunked')
    h.end_headers()
    h.wfile.write(b'10\r\n' + b'y' * 16 + b'\r\n20\r\nabc')
    h.close_connection = True


repo.served['/a'] = hello
for n in range(40):
    repo.served['/loop%d' % n] = redirect(lambda p, n=n: '/loop%d' % (n + 1))
repo.served['/same'] = redirect(lambda p: '/same')
repo.served['/hop'] = redirect(lambda p: '/a')
repo.served['/cut'] = cut
repo.served['/chunked'] = cut_chunked
root = tempfile.mkdtemp()
base = 'http://%s127.0.0.1:' + repo.port
for label, user, path, retries in [('user', 'user@', '/a', 1), ('user:pw', 'user:pw@', '/a', 1),
                                   ('user:', 'user:@', '/a', 1), ('@', '@', '/a', 1),
                                   ('quoted', 'us%40er:p%3Aw%C3%A9@', '/a', 1), ('hop', 'u:p@', '/hop', 1),
                                   ('loop', '', '/loop0', 1), ('same', '', '/same', 2), ('loop10', '', '/loop10', 1),
                                   ('cut', '', '/cut', 2), ('chunked', '', '/chunked', 1)]:
    del auth[:]
    target = os.path.join(root, label.replace(':', '_'))
    repo.attempt(label, lambda: utils.download(base % user + path, path=target, retries=retries), root)
    print('   auth', auth)
    for name in os.listdir(root):
        os.remove(os.path.join(root, name))
for path in ('/cut', '/same'):
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            utils.download(base % '' + path, path=os.path.join(root, 'x'), retries=1)
    except Exception as e:
        print(type(e).__name__, type(e).__module__, isinstance(e, OSError), str(e), e.args)
        print('   ', repr(e.args[0]), type(e.args[0]).__name__, getattr(e.args[0], 'args', None))
shutil.rmtree(root)
