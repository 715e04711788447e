# REINFORCE on a contextual bandit: sample actions with nd.random.multinomial(get_prob=True), baseline, pick
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(42)
n_ctx, n_act = 4, 3
payoff = nd.array([[1.0, 0.0, 0.2], [0.0, 1.0, 0.1], [0.3, 0.2, 1.0], [0.9, 0.8, 0.0]])
policy = nn.Dense(n_act, in_units=n_ctx)
policy.initialize(mx.init.Zero())
trainer = gluon.Trainer(policy.collect_params(), 'adam', {'learning_rate': 0.1})
baseline = 0.0
for episode in range(12):
    ctx_ids = nd.random.randint(0, n_ctx, shape=(8,)).astype("float32")
    states = nd.one_hot(ctx_ids, n_ctx)
    with autograd.record():
        probs = nd.softmax(policy(states))
        actions, logp = nd.random.multinomial(probs, get_prob=True)
        rewards = nd.gather_nd(payoff, nd.stack(ctx_ids, actions.astype("float32")))
        advantage = rewards - baseline
        loss = -(logp * advantage).mean()
    loss.backward()
    trainer.step(1)
    baseline = 0.9 * baseline + 0.1 * rewards.mean().asscalar()
    print(episode, actions.asnumpy().tolist(), repr(rewards.mean().asscalar()), repr(loss.asscalar()))
final = nd.softmax(policy(nd.eye(n_ctx)))
print(final.asnumpy().tolist())
print(final.argmax(axis=1).asnumpy().tolist(), repr(baseline))
probs = nd.array([[0.1, 0.9], [0.5, 0.5]])
print(nd.random.multinomial(probs, shape=3).asnumpy().tolist())
samples, lp = nd.random.multinomial(probs, shape=(2,), get_prob=True, dtype='float32')
print(samples.dtype, samples.asnumpy().tolist(), lp.asnumpy().tolist())
print(nd.pick(nd.log(probs), nd.array([1, 0]), axis=1).asnumpy().tolist())
print(nd.sample_multinomial(nd.array([0.2, 0.3, 0.5]), shape=(2, 2)).asnumpy().tolist())
