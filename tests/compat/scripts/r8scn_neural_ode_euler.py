# A neural ODE integrated with fixed-step Euler and RK4 solvers, trained by backpropagating through the solver
# to fit a spiral trajectory
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(300)
t_steps, dt = 10, 0.1
A = nd.array([[-0.1, 1.0], [-1.0, -0.1]])
z = nd.array([[2.0, 0.0]])
truth = [z]
for _ in range(t_steps):
    z = z + dt * nd.dot(z, A.T)
    truth.append(z)
truth = nd.concat(*truth, dim=0)
print(truth[-1].asnumpy().tolist())
f = nn.HybridSequential()
f.add(nn.Dense(16, activation='tanh'), nn.Dense(2))
f.initialize(mx.init.Normal(0.1))
f.hybridize()


def euler(z0):
    zs, z = [z0], z0
    for _ in range(t_steps):
        z = z + dt * f(z)
        zs.append(z)
    return nd.concat(*zs, dim=0)


def rk4(z0):
    zs, z = [z0], z0
    for _ in range(t_steps):
        k1 = f(z)
        k2 = f(z + 0.5 * dt * k1)
        k3 = f(z + 0.5 * dt * k2)
        k4 = f(z + dt * k3)
        z = z + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        zs.append(z)
    return nd.concat(*zs, dim=0)


trainer = gluon.Trainer(f.collect_params(), 'adam', {'learning_rate': 0.02})
for it in range(12):
    with autograd.record():
        loss = ((euler(truth[0:1]) - truth) ** 2).mean()
    loss.backward()
    trainer.step(1)
    if it % 3 == 0:
        print(it, repr(loss.asscalar()), f[1].bias.grad().asnumpy().tolist())
print(euler(truth[0:1])[-1].asnumpy().tolist(), rk4(truth[0:1])[-1].asnumpy().tolist())
print(repr(((rk4(truth[0:1]) - truth) ** 2).mean().asscalar()))
