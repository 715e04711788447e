"""contrib.text GloVe/FastText download their archive from $MXNET_GLUON_REPO (a local server here) when the vector file
is missing or not the published one: URLs (the repo joined without a '/'), retries, hash mismatch, unpacking, files left."""
import io, os, shutil, tempfile, zipfile
import mxnet as mx
from mxnet import gluon
from mxnet.contrib import text

from _http_repo import served, port, server, attempt as _attempt
root = tempfile.mkdtemp()


def attempt(label, fn):
    _attempt(label, fn, root)


def zipped(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data in files:
            z.writestr(name, data)
    return b.getvalue()


def show(e):
    return (type(e).__name__, len(e), e.vec_len, e.idx_to_token[:4], e.idx_to_vec.asnumpy().tolist()[:3])


served['/gluon/embeddings/glove/glove.6B.zip'] = zipped([('glove.6B.50d.txt', 'a 1 2\nb 3 4\n<unk> 9 9\n'),
                                                         ('glove.6B.100d.txt', 'c 5 6 7\n')])
served['/gluon/embeddings/fasttext/wiki.simple.zip'] = zipped([('other.vec', 'x 1 2\n')])
url = 'http://127.0.0.1:%s/' % port
os.environ['MXNET_GLUON_REPO'] = url
attempt('glove 6B.50d, other hash', lambda: show(text.embedding.GloVe('glove.6B.50d.txt', embedding_root=os.path.join(root, 'e'))))
attempt('fasttext missing', lambda: show(text.embedding.create('fasttext', embedding_root=os.path.join(root, 'e'))))
attempt('glove twitter missing', lambda: show(text.embedding.create('glove', pretrained_file_name='glove.twitter.27B.25d.txt',
                                                                    embedding_root=os.path.join(root, 'e'))))

# the served archives accepted by download's check (gluon.utils.check_sha1): downloaded, unpacked, read
real_check = gluon.utils.check_sha1
gluon.utils.check_sha1 = lambda path, sha1: path.endswith('.zip')
vocab = text.vocab.Vocabulary(__import__('collections').Counter(['b', 'z', 'b']))
attempt('glove accepted', lambda: show(text.embedding.GloVe('glove.6B.50d.txt', embedding_root=os.path.join(root, 'g'))))
attempt('glove 100d from the archive there', lambda: show(text.embedding.GloVe('glove.6B.100d.txt', embedding_root=os.path.join(root, 'g'),
                                                                               vocabulary=vocab)))
attempt('fasttext archive without the file', lambda: show(text.embedding.FastText(embedding_root=os.path.join(root, 'g'))))
gluon.utils.check_sha1 = lambda path, sha1: True
attempt('glove file accepted', lambda: show(text.embedding.GloVe('glove.6B.50d.txt', embedding_root=os.path.join(root, 'g'),
                                                                 init_unknown_vec=mx.nd.ones)))
gluon.utils.check_sha1 = real_check

# the repository joined without a '/', and the default one (its URL only)
os.environ['MXNET_GLUON_REPO'] = url + 'mirror'
attempt('fasttext mirror', lambda: show(text.embedding.FastText('wiki.multi.ar.vec', embedding_root=os.path.join(root, 'm'))))
os.environ['MXNET_GLUON_REPO'] = url.rstrip('/')     # host:port then 'gluon': not a port, refused before connecting
attempt('glove bare repo', lambda: show(text.embedding.GloVe('glove.6B.50d.txt', embedding_root=os.path.join(root, 'b'))))
del os.environ['MXNET_GLUON_REPO']
print(text.embedding.GloVe._get_pretrained_file_url('glove.twitter.27B.200d.txt'))
print(text.embedding.FastText._get_pretrained_file_url('crawl-300d-2M.vec'))
print(text.embedding.FastText._get_download_file_name('wiki-news-300d-1M-subword.vec'))
print(sorted(text.embedding.GloVe.pretrained_archive_name_sha1.items()))
print(len(text.embedding.FastText.pretrained_archive_name_sha1), list(text.embedding.FastText.pretrained_archive_name_sha1.items())[::60])
print(list(text.embedding.FastText.pretrained_file_name_sha1.items())[::50])
print(list(text.embedding.GloVe.pretrained_file_name_sha1.items())[:3])
server.shutdown()
shutil.rmtree(root)
