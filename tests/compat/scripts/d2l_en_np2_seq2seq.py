"""d2l-en (np era) modern recurrent chapter: GRU/LSTM from scratch and as layers, deep and bidirectional
layers, the translation data pipeline, a GRU encoder-decoder trained with a masked softmax cross-entropy,
greedy prediction and BLEU."""
import collections
import math
import random

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn, rnn

npx.set_np()
mx.random.seed(5)
onp.random.seed(5)
random.seed(5)


def r(a, n=4):
    return onp.round(a.asnumpy().astype("float64"), n).tolist()


# LSTM step from scratch with sigmoid/tanh
def normal(shape):
    return np.random.normal(scale=0.01, size=shape)


W = [normal((6, 4)) for _ in range(4)]
Hs = [normal((4, 4)) for _ in range(4)]
bs = [np.zeros(4) for _ in range(4)]
for p in W + Hs + bs:
    p.attach_grad()
x = np.random.uniform(size=(3, 2, 6))
H, C = np.zeros((2, 4)), np.zeros((2, 4))
with autograd.record():
    outs = []
    for xt in x:
        I = npx.sigmoid(np.dot(xt, W[0]) + np.dot(H, Hs[0]) + bs[0])
        F = npx.sigmoid(np.dot(xt, W[1]) + np.dot(H, Hs[1]) + bs[1])
        O = npx.sigmoid(np.dot(xt, W[2]) + np.dot(H, Hs[2]) + bs[2])
        C_tilda = np.tanh(np.dot(xt, W[3]) + np.dot(H, Hs[3]) + bs[3])
        C = F * C + I * C_tilda
        H = O * np.tanh(C)
        outs.append(H)
    out = np.concatenate(outs, axis=0)
    s = (out ** 2).sum()
s.backward()
print("lstm scratch", out.shape, "%.6e" % float(s), r(W[0].grad[0], 8))

# GRU/LSTM layers, deep and bidirectional
for layer in [rnn.GRU(5), rnn.LSTM(5), rnn.LSTM(5, num_layers=2), rnn.GRU(5, num_layers=2, bidirectional=True),
              rnn.LSTM(5, bidirectional=True, layout="NTC")]:
    layer.initialize(init.Normal(0.1))
    st = layer.begin_state(batch_size=2)
    print(layer, len(st), [s.shape for s in st])
    inp = np.random.uniform(size=(2, 3, 6) if layer._layout == "NTC" else (3, 2, 6))
    y, st2 = layer(inp, st)
    print("  ->", y.shape, [s.shape for s in st2], r(y[-1, -1], 4))
    y_only = layer(inp)
    print("  no state", type(y_only).__name__, y_only.shape)

# translation data pipeline
raw = "go .\tva !\nhi .\tsalut !\nrun !\tcours !\nwho ?\tqui ?\ngo now .\tva maintenant !\nhi there .\tsalut toi !\n"
src = [l.split("\t")[0].split(" ") for l in raw.strip().split("\n")]
tgt = [l.split("\t")[1].split(" ") for l in raw.strip().split("\n")]


def vocab_of(lines):
    cnt = collections.Counter(t for l in lines for t in l)
    toks = ["<unk>", "<pad>", "<bos>", "<eos>"] + sorted(cnt)
    return {t: i for i, t in enumerate(toks)}, toks


sv, s_itos = vocab_of(src)
tv, t_itos = vocab_of(tgt)


def build(lines, v, num_steps, is_source):
    lines = [[v[t] for t in l] for l in lines]
    if not is_source:
        lines = [[v["<bos>"]] + l + [v["<eos>"]] for l in lines]
    arr = np.array([(l + [v["<pad>"]] * num_steps)[:num_steps] for l in lines])
    valid_len = (arr != v["<pad>"]).sum(axis=1)
    return arr, valid_len


src_arr, src_vl = build(src, sv, 5, True)
tgt_arr, tgt_vl = build(tgt, tv, 5, False)
print("arrays", src_arr.dtype, src_arr.shape, src_vl, src_vl.dtype, tgt_vl)
print("ne", (src_arr != 1).dtype, (src_arr != 1)[0])
dataset = gluon.data.ArrayDataset(src_arr, src_vl, tgt_arr, tgt_vl)
loader = gluon.data.DataLoader(dataset, 4, shuffle=False)
for Xb, Xv, Yb, Yv in loader:
    print("batch", type(Xb).__name__, Xb.shape, Xb.dtype, Xv, Yv.dtype, Yb[0])
print("len", len(dataset), len(loader))

# sequence_mask and masked softmax cross-entropy
Xm = np.array([[1, 2, 3], [4, 5, 6]])
print("mask", npx.sequence_mask(Xm, np.array([1, 2]), True, axis=1))
Xm3 = np.ones((2, 3, 4))
print("mask -1", npx.sequence_mask(Xm3, np.array([1, 2]), True, value=-1, axis=1))


class MaskedSoftmaxCELoss(gluon.loss.SoftmaxCELoss):
    def forward(self, pred, label, valid_len):
        weights = np.expand_dims(np.ones_like(label), axis=-1)
        weights = npx.sequence_mask(weights, valid_len, True, axis=1)
        return super(MaskedSoftmaxCELoss, self).forward(pred, label, weights)


mloss = MaskedSoftmaxCELoss()
print("mloss", mloss(np.ones((3, 4, 10)), np.ones((3, 4)), np.array([4, 2, 0])))


class Seq2SeqEncoder(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, dropout=0, **kwargs):
        super().__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=dropout)

    def forward(self, X, *args):
        X = self.embedding(X)
        X = X.swapaxes(0, 1)
        state = self.rnn.begin_state(batch_size=X.shape[1], ctx=X.ctx)
        output, state = self.rnn(X, state)
        return output, state


class Seq2SeqDecoder(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, dropout=0, **kwargs):
        super().__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=dropout)
        self.dense = nn.Dense(vocab_size, flatten=False)

    def init_state(self, enc_outputs, *args):
        return enc_outputs[1]

    def forward(self, X, state):
        X = self.embedding(X).swapaxes(0, 1)
        context = state[0][-1]
        context = np.broadcast_to(context, (X.shape[0], context.shape[0], context.shape[1]))
        X_and_context = np.concatenate((X, context), 2)
        output, state = self.rnn(X_and_context, state)
        output = self.dense(output).swapaxes(0, 1)
        return output, state


class EncoderDecoder(nn.Block):
    def __init__(self, encoder, decoder, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, enc_X, dec_X, *args):
        enc_outputs = self.encoder(enc_X, *args)
        dec_state = self.decoder.init_state(enc_outputs, *args)
        return self.decoder(dec_X, dec_state)


enc = Seq2SeqEncoder(10, 8, 16, 2)
enc.initialize()
Xe = np.zeros((4, 7))
o, s = enc(Xe)
print("enc", o.shape, len(s), s[0].shape)
dec = Seq2SeqDecoder(10, 8, 16, 2)
dec.initialize()
o2, s2 = dec(Xe, dec.init_state(enc(Xe)))
print("dec", o2.shape, len(s2), s2[0].shape)

net = EncoderDecoder(Seq2SeqEncoder(len(s_itos), 8, 16, 2, 0.1), Seq2SeqDecoder(len(t_itos), 8, 16, 2, 0.1))
net.initialize(init.Xavier(), force_reinit=True, ctx=mx.cpu())
trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.01})
for epoch in range(4):
    tot = 0.0
    ntok = 0.0
    for Xb, Xv, Yb, Yv in loader:
        bos = np.array([tv["<bos>"]] * Yb.shape[0]).reshape(-1, 1)
        dec_input = np.concatenate([bos, Yb[:, :-1]], 1)
        with autograd.record():
            Y_hat, _ = net(Xb, dec_input, Xv)
            l = mloss(Y_hat, Yb, Yv)
        l.backward()
        ps = [p.data() for p in net.collect_params().values()]
        norm = math.sqrt(sum((p.grad ** 2).sum() for p in ps))
        if norm > 1:
            for p in ps:
                p.grad[:] *= 1 / norm
        num_tokens = Yv.sum()
        trainer.step(num_tokens)
        tot += float(l.sum())
        ntok += float(num_tokens)
    print("epoch", epoch, "%.4f" % (tot / ntok), type(num_tokens).__name__, num_tokens.dtype)


def predict(src_tokens, num_steps):
    ids = [sv.get(t, 0) for t in src_tokens] + [sv["<eos>"]]
    enc_valid_len = np.array([len(ids)], ctx=mx.cpu())
    ids = (ids + [sv["<pad>"]] * num_steps)[:num_steps]
    enc_X = np.expand_dims(np.array(ids, ctx=mx.cpu()), axis=0)
    enc_outputs = net.encoder(enc_X, enc_valid_len)
    dec_state = net.decoder.init_state(enc_outputs, enc_valid_len)
    dec_X = np.expand_dims(np.array([tv["<bos>"]], ctx=mx.cpu()), axis=0)
    out = []
    for _ in range(num_steps):
        Y, dec_state = net.decoder(dec_X, dec_state)
        dec_X = Y.argmax(axis=2)
        pred = dec_X.squeeze(axis=0).astype("int32").item()
        if pred == tv["<eos>"]:
            break
        out.append(pred)
    return " ".join(t_itos[i] for i in out), dec_X.dtype, Y.shape


print("predict", predict(["go", "."], 5), predict(["hi", "there", "."], 5))


def bleu(pred_seq, label_seq, k):
    pred_tokens, label_tokens = pred_seq.split(" "), label_seq.split(" ")
    len_pred, len_label = len(pred_tokens), len(label_tokens)
    score = math.exp(min(0, 1 - len_label / len_pred))
    for n in range(1, k + 1):
        num_matches, label_subs = 0, collections.defaultdict(int)
        for i in range(len_label - n + 1):
            label_subs["".join(label_tokens[i:i + n])] += 1
        for i in range(len_pred - n + 1):
            if label_subs["".join(pred_tokens[i:i + n])] > 0:
                num_matches += 1
                label_subs["".join(pred_tokens[i:i + n])] -= 1
        score *= math.pow(num_matches / (len_pred - n + 1), math.pow(0.5, n))
    return score


print("bleu %.3f" % bleu("va !", "va !", 2))

# beam-search style top-k over log-probabilities
logits = np.random.normal(size=(1, 7))
logp = npx.log_softmax(logits)
top = np.argsort(-logp[0])[:3]
print("topk", top, top.dtype, r(logp[0][top], 5), npx.topk(logp, k=3, ret_typ="both"))
print("sort", np.sort(logp[0])[-2:], logp.max(axis=1), logp.argmax().item())
