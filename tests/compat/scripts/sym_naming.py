# Automatic names, NameManager and Prefix scopes, names of auto-created variables.
import mxnet as mx

x = mx.sym.var('x')
print(mx.sym.FullyConnected(x, num_hidden=2).name, mx.sym.FullyConnected(x, num_hidden=2).name)
print(mx.sym.Activation(x, act_type='relu').name, mx.sym.relu(x).name, mx.sym.exp(x).name, mx.sym.sum(x).name)
print(mx.sym.Convolution(x, kernel=(1, 1), num_filter=1).list_arguments())
print(mx.sym.BatchNorm(x).list_inputs())
print(mx.sym.Embedding(x, input_dim=2, output_dim=2).list_arguments())
print(mx.sym.SoftmaxOutput(x).list_arguments(), mx.sym.LinearRegressionOutput(x).list_arguments())
print(mx.sym.LeakyReLU(x, act_type='prelu').list_arguments(), mx.sym.LeakyReLU(x).list_arguments())
print(mx.sym.RNN(x, state_size=2, num_layers=1, mode='lstm').list_arguments())
print(mx.sym.concat(x, x).name, mx.sym.Concat(x, x).name, mx.sym.stack(x, x).name, mx.sym.add_n(x, x).name)
print(mx.sym.reshape(x, shape=(1,)).name, mx.sym.Reshape(x, shape=(1,)).name, mx.sym.Flatten(x).name,
      mx.sym.flatten(x).name, mx.sym.transpose(x).name, x.reshape((1,)).name)
print(mx.sym.zeros((2,)).name, mx.sym.ones((2,)).name, mx.sym.arange(3).name, mx.sym.full((2,), 3).name)
print(mx.sym.split(x, num_outputs=2).name, mx.sym.SliceChannel(x, num_outputs=2).name, mx.sym.Dropout(x).name)
print(mx.sym.Pooling(x, kernel=(1, 1)).name, mx.sym.softmax(x).name, mx.sym.SoftmaxActivation(x).name)
print(mx.sym.broadcast_add(x, x).name, mx.sym.dot(x, x).name, mx.sym.BlockGrad(x).name, mx.sym.MakeLoss(x).name)
with mx.name.NameManager():
    print(mx.sym.FullyConnected(x, num_hidden=2).name, mx.sym.exp(x).name, (x + 1).name)
with mx.name.Prefix('net_'):
    a = mx.sym.FullyConnected(x, num_hidden=2)
    b = mx.sym.FullyConnected(x, num_hidden=2, name='named')
    c = mx.sym.var('v')
    print(a.name, b.name, c.name, a.list_arguments(), b.list_arguments(), (a + b).name)
    with mx.name.Prefix('inner_'):
        print(mx.sym.exp(x).name)
print(mx.sym.FullyConnected(x, num_hidden=2).name)
print(mx.name.NameManager.current.get(None, 'foo'), mx.name.NameManager.current.get('given', 'foo'))
print(type(mx.name.NameManager.current).__name__)
y = mx.sym.FullyConnected(data=x, num_hidden=3, name='fc')
print(y.list_arguments(), y.get_internals().list_outputs())
w = mx.sym.var('myweight')
z = mx.sym.FullyConnected(x, weight=w, num_hidden=3, name='fc2')
print(z.list_arguments())
z2 = mx.sym.FullyConnected(x, w, num_hidden=3, no_bias=True, name='fc3')
print(z2.list_arguments())
try:
    mx.sym.FullyConnected(x, num_hidden=3, foo=1)
except Exception as e:
    print(type(e).__name__)
try:
    mx.sym.FullyConnected(x)
except Exception as e:
    print(type(e).__name__)
try:
    mx.sym.FullyConnected(x, num_hidden=3, bogus=mx.sym.var('q'))
except Exception as e:
    print(type(e).__name__)
