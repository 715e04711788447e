import numpy as np
import mxnet as mx
mx.random.seed(0)
np.set_printoptions(precision=6)

def visualize_activation(activation_fn):
    data = np.linspace(-10, 10, 501)
    x = mx.nd.array(data)
    x.attach_grad()
    with mx.autograd.record():
        y = activation_fn(x)
    y.backward()
    activation = activation_fn.name[:-1]
    print(activation, repr(activation_fn))
    idx = [0, 100, 240, 249, 250, 251, 260, 400, 500]
    print(" y:", y.asnumpy()[idx])
    print(" g:", x.grad.asnumpy()[idx])
    print(" sums:", float(y.sum().asscalar()), float(x.grad.sum().asscalar()))

visualize_activation(mx.gluon.nn.Activation('sigmoid'))
visualize_activation(mx.gluon.nn.Activation('tanh'))
visualize_activation(mx.gluon.nn.Activation('softsign'))
visualize_activation(mx.gluon.nn.Activation('relu'))
visualize_activation(mx.gluon.nn.Activation('softrelu'))
visualize_activation(mx.gluon.nn.LeakyReLU(0.05))
prelu = mx.gluon.nn.PReLU(mx.init.Normal(0.05))
prelu.initialize()
visualize_activation(prelu)
print(prelu.alpha.data(), prelu.alpha.grad())
visualize_activation(mx.gluon.nn.ELU())
visualize_activation(mx.gluon.nn.SELU())
visualize_activation(mx.gluon.nn.Swish())
visualize_activation(mx.gluon.nn.GELU())
