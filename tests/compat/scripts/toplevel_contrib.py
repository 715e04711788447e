import collections
import os
import shutil
import tempfile
import warnings

import mxnet as mx
import numpy as np
from mxnet.contrib import autograd as ag
from mxnet.contrib import text
from mxnet.contrib.io import DataLoaderIter

# namespaces
print(hasattr(mx.contrib.ndarray, "box_nms"), hasattr(mx.contrib.symbol, "box_nms"))
print(mx.contrib.nd.box_iou(mx.nd.array([[0, 0, 2, 2]]), mx.nd.array([[1, 1, 3, 3]])).asnumpy().tolist())
print(mx.contrib.sym.box_nms(mx.sym.var("x")).name)

# legacy autograd
print(ag.set_is_training(True), mx.autograd.is_training(), mx.autograd.is_recording())
print(ag.set_is_training(False), mx.autograd.is_training(), mx.autograd.is_recording())
with ag.train_section():
    print("train", mx.autograd.is_training(), mx.autograd.is_recording())
    with ag.test_section():
        print("test", mx.autograd.is_training(), mx.autograd.is_recording())
x = mx.nd.array([[1.0, 2.0], [3.0, 4.0]])
g = mx.nd.zeros_like(x)
ag.mark_variables([x], [g])
with ag.train_section():
    y = (x * x).sum()
ag.backward([y])
print(g.asnumpy().tolist())
with ag.train_section():
    y = x * 3
ag.backward([y], [mx.nd.ones((2, 2)) * 2])
print(g.asnumpy().tolist())
try:
    ag.backward(y)
except Exception as e:
    print(type(e).__name__)


def f(a, b):
    return a * b + a


grads, loss = ag.grad_and_loss(f)(mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 5.0]))
print([gr.asnumpy().tolist() for gr in grads], loss.asnumpy().tolist())
print(ag.grad(f, argnum=1)(mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 5.0]))[0].asnumpy().tolist())
try:
    ag.grad(f)(mx.nd.array([1.0]), 2.0)
except Exception as e:
    print(type(e).__name__)
a, b = mx.nd.array([1.0, 2.0]), mx.nd.array([3.0, 4.0])
ga, gb = mx.nd.zeros(2), mx.nd.ones(2)
ag.mark_variables([a, b], [ga, gb], ["write", "add"])
with ag.train_section():
    z = a * b
ag.compute_gradient([z])
print(ga.asnumpy().tolist(), gb.asnumpy().tolist())

# DataLoaderIter
X = np.arange(20, dtype="float32").reshape(10, 2)
Y = np.arange(10, dtype="float32")
loader = mx.gluon.data.DataLoader(mx.gluon.data.ArrayDataset(X, Y), batch_size=4)
it = DataLoaderIter(loader)
print(it.batch_size, it.provide_data, it.provide_label)
for batch in it:
    n = 4 - batch.pad
    print(batch.pad, batch.index, batch.data[0].shape, batch.data[0][:n].asnumpy().tolist(),
          batch.label[0][:n].asnumpy().tolist())
it.reset()
print(it.next().data[0].asnumpy().tolist())
it16 = DataLoaderIter(mx.gluon.data.DataLoader(mx.gluon.data.ArrayDataset(X, Y), batch_size=4), "x", "y", "float16")
print(it16.provide_data, [(bt.data[0].dtype.__name__, bt.label[0].dtype.__name__) for bt in it16])

# text: counting and vocabularies
counter = text.utils.count_tokens_from_str(" Life is great ! \n life is good . \n", " ", "\n", True)
print(sorted(counter.items()))
vocab = text.vocab.Vocabulary(counter, reserved_tokens=["<pad>"])
print(len(vocab), vocab.idx_to_token, vocab.unknown_token, vocab.reserved_tokens)
print(vocab.to_indices("life"), vocab.to_indices(["is", "zzz"]), vocab.to_tokens(2), vocab.to_tokens([0, 1]))
print(text.vocab.Vocabulary(counter, most_freq_count=2, min_freq=2).idx_to_token)
for bad in (lambda: vocab.to_tokens(100), lambda: text.vocab.Vocabulary(counter, min_freq=0),
            lambda: text.vocab.Vocabulary(counter, reserved_tokens=["<unk>"]),
            lambda: text.vocab.Vocabulary({"a": 1})):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)

# text: embeddings from local files
d = tempfile.mkdtemp()
p1 = os.path.join(d, "emb.txt")
with open(p1, "w") as fh:
    fh.write("hello 0.1 0.2 0.3\nworld 0.4 0.5 0.6\nhello 9 9 9\nheader 5\n<unk> 1 1 1\nlife -1 -2 -3\n")
p2 = os.path.join(d, "emb2.txt")
with open(p2, "w") as fh:
    fh.write("hello,1,2\nlife,3,4\n")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    e1 = text.embedding.CustomEmbedding(p1)
    print(len(caught), [c.category.__name__ for c in caught])
print(len(e1), e1.vec_len, e1.idx_to_token, e1.idx_to_vec.asnumpy().tolist())
print(e1.get_vecs_by_tokens("world").asnumpy().tolist())
print(e1.get_vecs_by_tokens(["Hello", "nope"], lower_case_backup=True).asnumpy().tolist())
e1.update_token_vectors("world", mx.nd.array([7, 8, 9]))
print(e1.get_vecs_by_tokens("world").asnumpy().tolist())
try:
    e1.update_token_vectors("nope", mx.nd.array([7, 8, 9]))
except Exception as e:
    print(type(e).__name__)
e2 = text.embedding.CustomEmbedding(p2, elem_delim=",", vocabulary=vocab)
print(e2.idx_to_token, e2.idx_to_vec.asnumpy().tolist())
e3 = text.embedding.CustomEmbedding(p2, elem_delim=",", init_unknown_vec=mx.nd.ones)
ce = text.embedding.CompositeEmbedding(vocab, [e1, e3])
print(ce.vec_len, ce.idx_to_vec.asnumpy().tolist())
names = text.embedding.get_pretrained_file_names()
print(list(names), names["glove"], len(names["fasttext"]), names["fasttext"][:5], names["fasttext"][-3:])
for bad in (lambda: text.embedding.create("glove", pretrained_file_name="nope.txt"),
            lambda: text.embedding.create("nope"), lambda: text.embedding.get_pretrained_file_names("nope"),
            lambda: text.embedding.CustomEmbedding(os.path.join(d, "missing.txt"))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
shutil.rmtree(d)
