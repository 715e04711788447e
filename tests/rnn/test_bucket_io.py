"""encode_sentences, BucketSentenceIter (against MXNet 1.9.1 batches) and BucketingModule training."""
import json
import os
import random

import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of

REF = json.load(open(os.path.join(os.path.dirname(__file__), "bucket_reference.json")))
SENTS = [["a", "b", "c"], ["b", "c"], ["c", "d", "e", "f"], ["a"], ["d", "a", "b"], ["f", "e"],
         ["a", "b", "c", "d", "e", "f", "g"], ["e", "f", "a"]]


def _descs(descs):
    return [[d.name, list(d.shape), d.layout] for d in descs]


def test_encode_sentences_matches_mxnet():
    coded, vocab = mx.rnn.encode_sentences(SENTS, invalid_label=0, start_label=0)
    assert coded == REF["coded"]
    assert sorted(map(list, vocab.items())) == REF["vocab"]
    c2, v2 = mx.rnn.encode_sentences([["a", "zz"]], vocab=dict(vocab), unknown_token="<unk>", invalid_label=0)
    assert [c2, sorted(map(list, v2.items()))] == REF["unk"]
    c3, v3 = mx.rnn.encode_sentences(SENTS, start_label=-2, invalid_label=-1)
    assert [c3, sorted(map(list, v3.items()))] == REF["start_neg"]
    with pytest.raises(AssertionError, match="Unknown token zz"):
        mx.rnn.encode_sentences([["zz"]], vocab=dict(vocab))


@pytest.mark.parametrize("layout", ["NT", "TN"])
def test_bucket_sentence_iter_batches_match_mxnet(layout, capsys):
    ref = REF[layout]
    random.seed(3)
    np.random.seed(3)
    it = mx.rnn.BucketSentenceIter(REF["coded"], 2, buckets=[2, 3, 5], invalid_label=0, layout=layout)
    assert "discarded 1 sentences" in capsys.readouterr().out
    assert it.buckets == ref["buckets"] and it.default_bucket_key == ref["default"]
    assert _descs(it.provide_data) == ref["pd"] and _descs(it.provide_label) == ref["pl"]
    assert [list(i) for i in it.idx] == ref["idx"]
    batches = []
    for _ in range(2):
        for b in it:
            batches.append([b.bucket_key, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.pad,
                            _descs(b.provide_data), str(b.data[0].dtype)])
        it.reset()
    assert batches == ref["batches"]


def test_bucket_sentence_iter_default_buckets():
    random.seed(0)
    np.random.seed(0)
    it = mx.rnn.BucketSentenceIter(REF["coded"] * 3, 3)
    assert [it.buckets, [list(i) for i in it.idx], list(it.data[0].shape)] == REF["auto"]
    with pytest.raises(ValueError):
        mx.rnn.BucketSentenceIter(REF["coded"], 2, buckets=[3, 5], layout="CT")


def _counting_sentences(rs, vocab, count):
    """Sentences of consecutive ids (mod vocab, from 1): the next token is always predictable."""
    out = []
    for _ in range(count):
        length, start = rs.choice([4, 6]), rs.randint(vocab)
        out.append([1 + (start + k) % vocab for k in range(length)])
    return out


def _fixed_batch_zeros(batch):
    """A begin_state func giving concrete (batch, hidden) zeros instead of MXNet's batch-inferred (0, hidden)."""
    def func(name, shape, **kwargs):
        return mx.sym.zeros(shape=(batch,) + tuple(shape[1:]), name=name)
    return func


@pytest.mark.parametrize("begin", ["fixed", "default"])
def test_bucketing_module_learns_next_token(begin):
    random.seed(0)
    np.random.seed(0)
    mx.random.seed(0)
    vocab, hidden = 6, 12
    train = mx.rnn.BucketSentenceIter(_counting_sentences(np.random.RandomState(0), vocab, 64), 16,
                                      buckets=[4, 6], invalid_label=0)
    cell = mx.rnn.LSTMCell(hidden, prefix="lstm_")

    def sym_gen(seq_len):
        data, label = mx.sym.var("data"), mx.sym.var("softmax_label")
        embed = mx.sym.Embedding(data=data, input_dim=vocab + 1, output_dim=8, name="embed")
        cell.reset()
        states = cell.begin_state(func=_fixed_batch_zeros(16)) if begin == "fixed" else None
        outputs, _ = cell.unroll(seq_len, inputs=embed, begin_state=states, merge_outputs=True)
        pred = mx.sym.FullyConnected(mx.sym.Reshape(outputs, shape=(-1, hidden)), num_hidden=vocab + 1, name="pred")
        pred = mx.sym.SoftmaxOutput(data=pred, label=mx.sym.Reshape(label, shape=(-1,)), name="softmax",
                                    ignore_label=0, use_ignore=True)
        return pred, ("data",), ("softmax_label",)

    model = mx.mod.BucketingModule(sym_gen, default_bucket_key=train.default_bucket_key, context=mx.cpu())
    model.bind(train.provide_data, train.provide_label)
    model.init_params(mx.init.Xavier(factor_type="in", magnitude=2.34))
    model.init_optimizer(optimizer="adam", optimizer_params={"learning_rate": 0.05})

    def epoch_loss():
        total, count = 0.0, 0
        train.reset()
        for batch in train:
            model.forward(batch, is_train=False)
            prob = model.get_outputs()[0].asnumpy()
            label = batch.label[0].asnumpy().reshape(-1).astype(int)
            keep = label != 0
            total += -np.log(prob[np.arange(label.size), label][keep] + 1e-9).sum()
            count += keep.sum()
        return total / count

    before = epoch_loss()
    seen_keys = set()
    for _ in range(6):
        train.reset()
        for batch in train:
            seen_keys.add(batch.bucket_key)
            model.forward(batch, is_train=True)
            model.backward()
            model.update()
    after = epoch_loss()
    assert seen_keys == {4, 6}
    print(f"loss {before:.4f} -> {after:.4f}")
    assert before > 1.5 and after < 0.5 * before, (before, after)


def test_bucket_sentence_iter_refuses_a_layout_without_n_first_or_second_in_mxnet_words():
    with pytest.raises(ValueError) as info:
        mx.rnn.BucketSentenceIter([[1, 2], [3, 4]], batch_size=1, layout="XY")
    assert message_of(info.value) == "Invalid layout %s: Must by NT (batch major) or TN (time major)"
    assert mx.rnn.BucketSentenceIter([[1, 2], [3, 4]], batch_size=1, layout="TN").provide_data[0].shape == (2, 1)
