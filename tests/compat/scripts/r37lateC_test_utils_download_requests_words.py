"""test_utils.download fetches as requests does without it: a user:password in the URL sent as basic authorization,
30 redirects then TooManyRedirects, a body cut off mid-way ChunkedEncodingError (the partial file kept), retries."""
import os, shutil, tempfile
import mxnet as mx
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


repo.served['/a'] = hello
for n in range(40):
    repo.served['/loop%d' % n] = redirect(lambda p, n=n: '/loop%d' % (n + 1))
repo.served['/same'] = redirect(lambda p: '/same')
repo.served['/hop'] = redirect(lambda p: '/a')
repo.served['/cut'] = cut
root = tempfile.mkdtemp()
base = 'http://%s127.0.0.1:' + repo.port
for label, user, path, retries in [('user', 'user@', '/a', 1), ('user:pw', 'user:pw@', '/a', 1),
                                   ('user:', 'user:@', '/a', 1), ('quoted', 'us%40er:p%3Aw%C3%A9@', '/a', 1),
                                   ('hop', 'u:p@', '/hop', 1), ('loop', '', '/loop0', 1), ('same', '', '/same', 2),
                                   ('loop10', '', '/loop10', 1), ('cut', '', '/cut', 2), ('cut once', '', '/cut', 1)]:
    del auth[:]
    repo.attempt(label, lambda: mx.test_utils.download(base % user + path, fname=label.replace(':', '_'),
                                                       dirname=root, retries=retries), root)
    print('   auth', auth)
    for name in os.listdir(root):
        print('   size', name, os.path.getsize(os.path.join(root, name)))
        os.remove(os.path.join(root, name))
shutil.rmtree(root)
