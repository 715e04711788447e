"""mx.contrib.text refuses bad vocabularies, indices, embedding files and updates in MXNet's words."""
import os
import tempfile
import warnings
from collections import Counter

import mxnet as mx
from mxnet.contrib import text


def show(name, f):
    try:
        print(name, f())
    except Exception as e:      # noqa: BLE001 - the point is to print it
        print(name, type(e).__name__, str(e).splitlines()[0].replace(d, "DIR"))


d = tempfile.mkdtemp()
V = text.vocab.Vocabulary
c = Counter(["a", "b", "b", "c"])
show("min_freq", lambda: V(c, min_freq=0))
show("unk reserved", lambda: V(c, reserved_tokens=["<unk>"]))
show("dup reserved", lambda: V(c, reserved_tokens=["<pad>", "<pad>"]))
show("list counter", lambda: V(["a"]))
v = V(c)
show("to_tokens big", lambda: v.to_tokens([1, 100]))
show("to_tokens float", lambda: v.to_tokens(1.0))
show("to_tokens tuple", lambda: v.to_tokens((1, 2)))
show("to_tokens neg", lambda: v.to_tokens(-1))
E = text.embedding
show("names bad", lambda: E.get_pretrained_file_names("nope"))
show("create bad", lambda: E.create("nope"))
show("create bad file", lambda: E.create("glove", pretrained_file_name="nope.txt"))
show("register int", lambda: E.register(5))
show("register object", lambda: E.register(object))


def write(name, body):
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(body)
    return path


show("missing", lambda: E.CustomEmbedding(os.path.join(d, "missing.txt")))
show("ragged", lambda: E.CustomEmbedding(write("r.txt", "a 1 2 3\nb 4 5\n")))
show("no vector", lambda: E.CustomEmbedding(write("n.txt", "a\n")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    show("header only", lambda: E.CustomEmbedding(write("h.txt", "q 1\n")))
    e = E.CustomEmbedding(write("d.txt", "2 3\na 1 2 3\na 4 5 6\nb 7 8 9\n"))
for w in caught:
    print("warning", w.message)
warnings.simplefilter("ignore")
print(e.idx_to_token, e.idx_to_vec.asnumpy().tolist())
show("upd unknown", lambda: e.update_token_vectors("zz", mx.nd.array([0, 0, 0])))
show("upd width", lambda: e.update_token_vectors("a", mx.nd.array([0, 0])))
show("upd rows", lambda: e.update_token_vectors(["a", "b"], mx.nd.array([0, 0, 0])))
show("upd list", lambda: e.update_token_vectors("a", [0, 0, 0]))
show("composite vocab", lambda: E.CompositeEmbedding(None, [e]))
show("composite embeds", lambda: E.CompositeEmbedding(v, ["x"]))
show("custom vocab", lambda: E.CustomEmbedding(os.path.join(d, "d.txt"), vocabulary=5))
kept = V(c, reserved_tokens=("<pad>",))
print(kept.reserved_tokens, kept.idx_to_token)
