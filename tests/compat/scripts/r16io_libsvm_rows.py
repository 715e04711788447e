"""LibSVMIter rows: a label list ("a,b") or a feature that is not index:value fails the parser's row check, whose
words stop after the condition; a label with a trailing comma or a weight ("label:weight") is one label."""
import os
import tempfile

import mxnet as mx
from _words import words

folder = tempfile.mkdtemp()
texts = {
    "plain": "1 0:1 2:3\n0 1:2\n",
    "label list": "1,2 0:1\n3,4 2:3\n",
    "label list later": "1 0:1\n3,4 2:3\n",
    "three labels": "1,2,3 0:1\n4,5,6 1:1\n",
    "trailing comma": "1, 0:1\n2, 1:1\n",
    "weight": "1:0.5 0:1\n2:2 1:1\n",
    "lone index": "1 0:2 1\n0 1:1\n",
    "two colons": "1 0:2:3\n0 1:1\n",
    "space in list": "1, 2 0:1\n3,4 1:1\n",
    "negative index": "1 -1:1\n0 1:1\n",
}
for name, text in texts.items():
    path = os.path.join(folder, name.replace(" ", "_") + ".svm")
    with open(path, "w") as f:
        f.write(text)
    for kwargs in [dict(), dict(label_shape=(2,))]:
        try:
            it = mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=1, **kwargs)
            rows = [(b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist()) for b in it]
            print(name, kwargs, "->", rows)
        except Exception as e:
            print(name, kwargs, "->", words(e))
