"""gluon.contrib.data.text: WikiText2 / WikiText103 over small local token files (vocabulary, frequencies, samples)."""
import mxnet as mx, os, tempfile
root = tempfile.mkdtemp()  # removed at the end
content = " = Title = \n\n The cat sat on the mat . \n The dog sat . \n\n A cat ran , the dog sat on a log . \n"
for seg in ('train', 'valid', 'test'):
    with open(os.path.join(root, 'wiki.%s.tokens' % seg), 'w') as f:
        f.write(content)
# MXNet checks the files' sha1 against the real data set's, so point its check at these files
import mxnet.gluon.contrib.data.text as T
if hasattr(T, 'check_sha1'):
    T.check_sha1 = lambda path, h: True
d = mx.gluon.contrib.data.text.WikiText2(root=root, seq_len=4)
print(len(d), d[0], d[len(d) - 1])
print(sorted(d.frequencies.items()))
print(d.vocabulary.idx_to_token)
v = d.vocabulary
d2 = mx.gluon.contrib.data.text.WikiText103(root=root, segment='validation', vocab=v, seq_len=5)
print(len(d2), d2[1], d2.frequencies, d2.vocabulary is v)
print(d2[0][0].dtype, d2[0][1].dtype)
import shutil
shutil.rmtree(root)
