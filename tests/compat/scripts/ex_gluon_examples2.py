"""example/gluon: lstm_crf (BiLSTM + CRF with scalar NDArray ops), embedding_learning (margin loss, distance-weighted
sampling), sn_gan (spectral norm via power iteration), and example/profiler (set_config/state/dumps)."""
import json, os, tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn

mx.random.seed(4); np.random.seed(4)

# lstm_crf.py
def to_scalar(x):
    return int(x.asscalar())
def argmax(vec):
    idx = nd.argmax(vec, axis=1)
    return to_scalar(idx)
def prepare_sequence(seq, to_ix):
    return nd.array([to_ix[w] for w in seq])
def log_sum_exp(vec):
    max_score = nd.max(vec).asscalar()
    return nd.log(nd.sum(nd.exp(vec - max_score))) + max_score
START_TAG, STOP_TAG = "<START>", "<STOP>"
class BiLSTM_CRF(gluon.Block):
    def __init__(self, vocab_size, tag2idx, embedding_dim, hidden_dim):
        super(BiLSTM_CRF, self).__init__()
        with self.name_scope():
            self.embedding_dim = embedding_dim
            self.hidden_dim = hidden_dim
            self.vocab_size = vocab_size
            self.tag2idx = tag2idx
            self.tagset_size = len(tag2idx)
            self.word_embeds = nn.Embedding(vocab_size, embedding_dim)
            self.lstm = gluon.rnn.LSTM(hidden_dim // 2, num_layers=1, bidirectional=True)
            self.hidden2tag = nn.Dense(self.tagset_size)
            self.transitions = self.params.get("crf_transition_matrix", shape=(self.tagset_size, self.tagset_size))
            self.hidden = self.init_hidden()
    def init_hidden(self):
        return [nd.random.normal(shape=(2, 1, self.hidden_dim // 2)),
                nd.random.normal(shape=(2, 1, self.hidden_dim // 2))]
    def _forward_alg(self, feats):
        alphas = [[-10000.] * self.tagset_size]
        alphas[0][self.tag2idx[START_TAG]] = 0.
        alphas = nd.array(alphas)
        for feat in feats:
            alphas_t = []
            for next_tag in range(self.tagset_size):
                emit_score = feat[next_tag].reshape((1, -1))
                trans_score = self.transitions.data()[next_tag].reshape((1, -1))
                next_tag_var = alphas + trans_score + emit_score
                alphas_t.append(log_sum_exp(next_tag_var))
            alphas = nd.concat(*alphas_t, dim=0).reshape((1, -1))
        terminal_var = alphas + self.transitions.data()[self.tag2idx[STOP_TAG]]
        return log_sum_exp(terminal_var)
    def _get_lstm_features(self, sentence):
        self.hidden = self.init_hidden()
        length = sentence.shape[0]
        embeds = self.word_embeds(sentence).reshape((length, 1, -1))
        lstm_out, self.hidden = self.lstm(embeds, self.hidden)
        lstm_out = lstm_out.reshape((length, self.hidden_dim))
        return self.hidden2tag(lstm_out)
    def _score_sentence(self, feats, tags):
        score = nd.array([0])
        tags = nd.concat(nd.array([self.tag2idx[START_TAG]]), *tags, dim=0)
        for i, feat in enumerate(feats):
            score = score + self.transitions.data()[to_scalar(tags[i + 1]), to_scalar(tags[i])] + \
                feat[to_scalar(tags[i + 1])]
        score = score + self.transitions.data()[self.tag2idx[STOP_TAG], to_scalar(tags[int(tags.shape[0] - 1)])]
        return score
    def _viterbi_decode(self, feats):
        backpointers = []
        vvars = nd.full((1, self.tagset_size), -10000.)
        vvars[0, self.tag2idx[START_TAG]] = 0
        for feat in feats:
            bptrs_t = []
            viterbivars_t = []
            for next_tag in range(self.tagset_size):
                next_tag_var = vvars + self.transitions.data()[next_tag]
                best_tag_id = argmax(next_tag_var)
                bptrs_t.append(best_tag_id)
                viterbivars_t.append(next_tag_var[0, best_tag_id])
            vvars = (nd.concat(*viterbivars_t, dim=0) + feat).reshape((1, -1))
            backpointers.append(bptrs_t)
        terminal_var = vvars + self.transitions.data()[self.tag2idx[STOP_TAG]]
        best_tag_id = argmax(terminal_var)
        path_score = terminal_var[0, best_tag_id]
        best_path = [best_tag_id]
        for bptrs_t in reversed(backpointers):
            best_tag_id = bptrs_t[best_tag_id]
            best_path.append(best_tag_id)
        start = best_path.pop()
        assert start == self.tag2idx[START_TAG]
        best_path.reverse()
        return path_score, best_path
    def neg_log_likelihood(self, sentence, tags):
        feats = self._get_lstm_features(sentence)
        forward_score = self._forward_alg(feats)
        gold_score = self._score_sentence(feats, tags)
        return forward_score - gold_score
    def forward(self, sentence):
        lstm_feats = self._get_lstm_features(sentence)
        score, tag_seq = self._viterbi_decode(lstm_feats)
        return score, tag_seq
training_data = [("the wall street journal".split(), "B I I I".split()), ("georgia tech".split(), "B I".split())]
word2idx = {}
for sentence, tags in training_data:
    for word in sentence:
        if word not in word2idx:
            word2idx[word] = len(word2idx)
tag2idx = {"B": 0, "I": 1, "O": 2, START_TAG: 3, STOP_TAG: 4}
model = BiLSTM_CRF(len(word2idx), tag2idx, 4, 4)
model.initialize(mx.init.Xavier(magnitude=2.24), ctx=mx.cpu())
optimizer = gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': 0.01, 'wd': 1e-4})
print(sorted(model.collect_params().keys()))
for epoch in range(1):
    for sentence, tags in training_data:
        with autograd.record():
            sentence_in = prepare_sequence(sentence, word2idx)
            targets = nd.array([tag2idx[t] for t in tags])
            neg_log_likelihood = model.neg_log_likelihood(sentence_in, targets)
        neg_log_likelihood.backward()
        optimizer.step(1)
        print(neg_log_likelihood.shape, round(float(neg_log_likelihood.asscalar()), 3))
score, path = model(prepare_sequence(training_data[0][0], word2idx))
print(score.shape, round(float(score.asscalar()), 3), path)

# embedding_learning: MarginLoss with learned beta, DistanceWeightedSampling pieces
class MarginLoss(gluon.loss.Loss):
    def __init__(self, margin=0.2, nu=0.0, weight=None, batch_axis=0, **kwargs):
        super(MarginLoss, self).__init__(weight, batch_axis, **kwargs)
        self._margin = margin
        self._nu = nu
    def hybrid_forward(self, F, anchors, positives, negatives, beta_in, a_indices=None):
        if a_indices is not None:
            beta = beta_in.data()[a_indices]
            beta_reg_loss = F.sum(beta) * self._nu
        else:
            beta = beta_in
            beta_reg_loss = 0.0
        d_ap = F.sqrt(F.sum(F.square(positives - anchors), axis=1) + 1e-8)
        d_an = F.sqrt(F.sum(F.square(negatives - anchors), axis=1) + 1e-8)
        pos_loss = F.maximum(d_ap - beta + self._margin, 0.0)
        neg_loss = F.maximum(beta - d_an + self._margin, 0.0)
        pair_cnt = F.sum((pos_loss > 0.0) + (neg_loss > 0.0))
        loss = (F.sum(pos_loss + neg_loss) + beta_reg_loss) / pair_cnt
        return gluon.loss._apply_weighting(F, loss, self._weight, None)
emb = nn.HybridSequential()
with emb.name_scope():
    emb.add(nn.Dense(6)); emb.add(nn.BatchNorm()); emb.add(nn.Dense(3))
emb.initialize(mx.init.Xavier())
beta = gluon.Parameter('beta', shape=(4,))
beta.initialize(mx.init.Constant(1.2))
x = nd.random.normal(shape=(6, 5))
with autograd.record():
    z = emb(x)
    z = nd.L2Normalization(z)
    d = nd.sqrt(nd.maximum(2 - 2 * nd.dot(z, z.T), 0.5 ** 2))
    log_weights = (2.0 - 3) * nd.log(d) - 0.5 * (3 - 3.0) * nd.log(1.0 - 0.25 * (d ** 2))
    weights = nd.exp(log_weights - nd.max(log_weights))
    a_idx, n_idx, p_idx = nd.array([0, 1, 2, 3]), nd.array([3, 4, 5, 0]), nd.array([1, 0, 3, 2])
    L = MarginLoss(nu=0.1)(nd.take(z, a_idx), nd.take(z, p_idx), nd.take(z, n_idx), beta, nd.array([0, 1, 2, 3]))
L.backward()
print(L.shape, np.round(L.asnumpy(), 4), np.round(beta.grad().asnumpy(), 4), np.round(weights.asnumpy()[0], 3))
trainer = gluon.Trainer(emb.collect_params(), 'adam', {'learning_rate': 0.001, 'wd': 0.0001})
trainer_beta = gluon.Trainer([beta], 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
trainer.step(6); trainer_beta.step(6)
print(np.round(beta.data().asnumpy(), 4))

# sn_gan: spectral normalization by power iteration inside a Block
class SNConv2D(gluon.HybridBlock):
    def __init__(self, num_filter, kernel_size, strides, padding, in_channels, iterations=1):
        super(SNConv2D, self).__init__()
        self.num_filter, self.kernel_size, self.stride, self.padding = num_filter, kernel_size, strides, padding
        self.in_channels, self.iterations = in_channels, iterations
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(num_filter, in_channels, kernel_size, kernel_size))
            self.u = self.params.get('u', init=mx.init.Normal(), shape=(1, num_filter))
    def _spectral_norm(self):
        w = self.params.get('weight').data(mx.cpu())
        w_mat = nd.reshape(w, [w.shape[0], -1])
        _u = self.u.data(mx.cpu())
        _v = None
        for _ in range(self.iterations):
            _v = nd.L2Normalization(nd.dot(_u, w_mat))
            _u = nd.L2Normalization(nd.dot(_v, w_mat.T))
        sigma = nd.sum(nd.dot(_u, w_mat) * _v)
        if sigma == 0.:
            sigma = 1e-8
        with autograd.pause():
            self.u.set_data(_u)
        return w / sigma
    def forward(self, x):
        return nd.Convolution(data=x, weight=self._spectral_norm(), kernel=(self.kernel_size, self.kernel_size),
                              pad=(self.padding, self.padding), stride=(self.stride, self.stride),
                              num_filter=self.num_filter, no_bias=True)
sn = SNConv2D(4, 3, 1, 1, 2)
sn.initialize(mx.init.Xavier())
xs = nd.random.normal(shape=(1, 2, 4, 4))
with autograd.record():
    ys = sn(xs)
ys.backward()
print(ys.shape, round(float(ys.abs().sum().asscalar()), 3), np.round(sn.u.data().asnumpy(), 4),
      np.round(sn.weight.grad().asnumpy()[0, 0], 3))

# profiler: configure, run, dump json
tmp = tempfile.mkdtemp()
fname = os.path.join(tmp, 'profile.json')
mx.profiler.set_config(profile_all=True, aggregate_stats=True, filename=fname)
mx.profiler.set_state('run')
a = nd.random.uniform(shape=(8, 8)); b = nd.dot(a, a); c = nd.relu(b - 1)
c.wait_to_read()
mx.nd.waitall()
mx.profiler.set_state('stop')
mx.profiler.dump()
with open(fname) as f:
    trace = json.load(f)
names = sorted({e['name'] for e in trace['traceEvents'] if e.get('ph') in ('B', 'X')})
print([n for n in names if n in ('dot', '_random_uniform', 'relu', '_minus_scalar')], sorted(trace.keys())[:2])
table = mx.profiler.dumps(reset=True)
rows = [l.split()[0] for l in table.splitlines() if l.strip().startswith(('dot', 'relu'))]
print('Profile Statistics' in table, sorted(rows))     # (the table lists rows by time: an order that varies)
