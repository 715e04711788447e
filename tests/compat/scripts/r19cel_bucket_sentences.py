"""mx.rnn.encode_sentences with each option, and BucketSentenceIter's buckets, batch order and contents under
seeded shuffles (python's random for the batches, numpy's for the rows) in both layouts, with its warnings."""
import random

import numpy as np
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


SENTS = [["a", "b", "c"], ["b", "d"], ["a"], [], ["e", "a", "b", "c", "d"]]
attempt("encode", lambda: mx.rnn.encode_sentences(SENTS))
attempt("encode from 1, invalid 0", lambda: mx.rnn.encode_sentences(SENTS, start_label=1, invalid_label=0))
attempt("encode starting on the invalid label", lambda: mx.rnn.encode_sentences(SENTS, start_label=-1))
attempt("encode with a vocab", lambda: mx.rnn.encode_sentences(SENTS, vocab={"a": 5, "b": 6}))
attempt("encode unknowns", lambda: mx.rnn.encode_sentences(SENTS, vocab={"a": 5, "b": 6}, unknown_token="<unk>"))
attempt("encode known unknown", lambda: mx.rnn.encode_sentences(SENTS, vocab={"a": 5, "<unk>": 0}, unknown_token="<unk>"))
attempt("encode invalid key", lambda: mx.rnn.encode_sentences(SENTS, invalid_key="$"))
attempt("encode strings", lambda: mx.rnn.encode_sentences(["abc", "bd"]))

LINES = [[1, 2, 3], [4, 5], [6, 7, 8, 9], [1, 2], [3, 4, 5], [6], [7, 8, 9, 1, 2], [3, 4], [5, 6, 7], [8, 9, 1, 2],
         [1, 1], [2, 2, 2], [3, 3, 3, 3]]


def batches(*args, **kwargs):
    np.random.seed(3)
    random.seed(5)
    it = mx.rnn.BucketSentenceIter(LINES, *args, **kwargs)
    print("  buckets", it.buckets, "default", it.default_bucket_key, "idx", it.idx)
    print("  provide", it.provide_data, it.provide_label)
    for epoch in range(2):
        for batch in it:
            print("  ", batch.bucket_key, batch.data[0].asnumpy().astype(int).tolist(),
                  batch.label[0].asnumpy().astype(int).tolist(), batch.provide_data)
        it.reset()
    return "done"


attempt("default buckets", lambda: batches(2))
attempt("given buckets", lambda: batches(2, buckets=[2, 3, 5]))
attempt("time major", lambda: batches(3, buckets=[3, 5], layout="TN"))
attempt("an empty bucket", lambda: batches(2, buckets=[2, 5, 20]))
attempt("int32, other names and padding", lambda: batches(4, buckets=[4, 5], invalid_label=0, dtype="int32",
                                                          data_name="d", label_name="l"))
attempt("bad layout", lambda: batches(2, buckets=[3], layout="XY"))
attempt("no filled bucket", lambda: batches(20))
