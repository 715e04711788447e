# DQN-style update: online and target Q-networks, periodic target sync, epsilon-greedy actions, Huber loss on picks
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


def make_q():
    q = nn.HybridSequential()
    q.add(nn.Dense(16, activation='relu'), nn.Dense(2))
    return q


mx.random.seed(23)
online, target = make_q(), make_q()
online.initialize(mx.init.Xavier())
target.initialize(mx.init.Xavier())
online.hybridize()
target.hybridize()


def sync(src, dst):
    for p_src, p_dst in zip(src.collect_params().values(), dst.collect_params().values()):
        p_dst.set_data(p_src.data())


states = nd.random.uniform(-1, 1, shape=(16, 4))
next_states = states + 0.1 * nd.random.normal(shape=(16, 4))
rewards = (states[:, 0] > 0).astype('float32')
dones = nd.array([0] * 15 + [1])
online(states)
target(states)
sync(online, target)
print(float((online[0].weight.data() - target[0].weight.data()).abs().sum().asscalar()))
trainer = gluon.Trainer(online.collect_params(), 'rmsprop', {'learning_rate': 0.01, 'gamma1': 0.95, 'centered': True})
huber = gluon.loss.HuberLoss(rho=1.0)
gamma, eps = 0.9, 0.3
for step in range(8):
    q_all = online(states)
    greedy = q_all.argmax(axis=1)
    explore = nd.random.uniform(shape=(16,)) < eps
    actions = nd.where(explore, nd.random.randint(0, 2, shape=(16,)).astype('float32'), greedy)
    q_next = target(next_states).max(axis=1)
    td_target = rewards + gamma * q_next * (1 - dones)
    with autograd.record():
        q_sa = nd.pick(online(states), actions, axis=1)
        loss = huber(q_sa, td_target)
    loss.backward()
    trainer.step(16)
    if step % 3 == 2:
        sync(online, target)
    print(step, int(explore.sum().asscalar()), repr(loss.mean().asscalar()), repr(td_target.mean().asscalar()))
print(online(states[:3]).asnumpy().tolist())
print(target[1].bias.data().asnumpy().tolist())
