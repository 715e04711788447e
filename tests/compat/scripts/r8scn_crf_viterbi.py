# A linear-chain CRF as in MXNet's lstm_crf example: forward-algorithm partition function with log-sum-exp,
# gold path score, negative log-likelihood training of transitions, Viterbi decoding
import mxnet as mx
from mxnet import gluon, nd, autograd

mx.random.seed(170)
K, T = 3, 6
emissions = nd.random.normal(shape=(T, K))
gold = [0, 1, 1, 2, 0, 0]
transitions = nd.random.normal(scale=0.1, shape=(K, K))
start = nd.zeros((K,))
for p in (transitions, start, emissions):
    p.attach_grad()


def log_sum_exp(v, axis):
    m = nd.max(v, axis=axis, keepdims=True)
    return (m + nd.log(nd.sum(nd.exp(nd.broadcast_sub(v, m)), axis=axis, keepdims=True))).squeeze(axis=axis)


def partition():
    alpha = start + emissions[0]
    for t in range(1, T):
        alpha = log_sum_exp(nd.broadcast_add(alpha.reshape((K, 1)), transitions), axis=0) + emissions[t]
    return log_sum_exp(alpha, axis=0)


def gold_score(tags):
    s = start[tags[0]] + emissions[0, tags[0]]
    for t in range(1, T):
        s = s + transitions[tags[t - 1], tags[t]] + emissions[t, tags[t]]
    return s


def viterbi():
    score = start + emissions[0]
    back = []
    for t in range(1, T):
        cand = nd.broadcast_add(score.reshape((K, 1)), transitions)
        back.append(nd.argmax(cand, axis=0))
        score = nd.max(cand, axis=0) + emissions[t]
    best = int(nd.argmax(score, axis=0).asscalar())
    path = [best]
    for bp in reversed(back):
        best = int(bp[best].asscalar())
        path.append(best)
    return path[::-1], score.max().asscalar()


print(viterbi())
for it in range(5):
    with autograd.record():
        nll = partition() - gold_score(gold)
    nll.backward()
    print(it, repr(nll.asscalar()), transitions.grad[0].asnumpy().tolist())
    for p in (transitions, start, emissions):
        p[:] = p - 0.5 * p.grad
print(viterbi())
print(transitions.asnumpy().tolist())
