import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(2)

def show(a):
    """dot-product results differ in the last ulp between oneDNN ISAs: compare them rounded"""
    print(type(a).__name__, a.shape, a.dtype)
    print(a.round(4))

layer = nn.Dense(5)
print(layer)
layer = nn.Dense(5, in_units=3)
print(layer)
layer = nn.Dense(5, in_units=3, activation='relu')
layer.initialize()
x = np.random.uniform(-1, 1, (10, 3))
show(layer(x))
print(layer.params)
print(layer.weight.data())

net = nn.Sequential()
net.add(nn.Dense(5, in_units=3, activation='relu'),
        nn.Dense(25, activation='relu'), nn.Dense(2))
print(net)
print(net[1])

class MLP(nn.Block):
    def __init__(self):
        super().__init__()
        self.dense1 = nn.Dense(5, activation='relu')
        self.dense2 = nn.Dense(25, activation='relu')
        self.dense3 = nn.Dense(2)
    def forward(self, x):
        layer1 = self.dense1(x)
        layer2 = self.dense2(layer1)
        layer3 = self.dense3(layer2)
        return layer3
net = MLP()
print(net)
print(net.dense1.params)

from mxnet.gluon import Parameter
weight = Parameter("custom_parameter_weight", shape=(5, -1))
bias = Parameter("custom_parameter_bias", shape=(5, -1))
print(weight, bias)
print(weight.grad_req, weight.dtype, weight.shape)

class custom_layer(nn.Block):
    def __init__(self, out_units, in_units=0):
        super().__init__()
        self.weight = Parameter("weight", shape=(in_units, out_units), allow_deferred_init=True)
        self.bias = Parameter("bias", shape=(out_units,), allow_deferred_init=True)
    def forward(self, x):
        return np.dot(x, self.weight.data()) + self.bias.data()

dense = custom_layer(3, in_units=5)
dense.initialize()
try:
    show(dense(np.random.uniform(size=(4, 5))))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:300])
print(dense.collect_params())

class custom_layer(nn.Block):
    def __init__(self, out_units, in_units=0):
        super().__init__()
        self.weight = self.params.get("weight", shape=(in_units, out_units))
        self.bias = self.params.get("bias", shape=(out_units,))
    def forward(self, x):
        return np.dot(x, self.weight.data()) + self.bias.data()

dense = custom_layer(3, in_units=5)
dense.initialize()
show(dense(np.random.uniform(size=(4, 5))))
print(dense.collect_params())

class LeNet(nn.Block):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2D(channels=6, kernel_size=3, activation='relu')
        self.pool1 = nn.MaxPool2D(pool_size=2, strides=2)
        self.conv2 = nn.Conv2D(channels=16, kernel_size=3, activation='relu')
        self.pool2 = nn.MaxPool2D(pool_size=2, strides=2)
        self.dense1 = nn.Dense(120, activation="relu")
        self.dense2 = nn.Dense(84, activation="relu")
        self.dense3 = nn.Dense(10)
    def forward(self, x):
        x = self.conv1(x)
        x = self.pool1(x)
        x = self.conv2(x)
        x = self.pool2(x)
        x = self.dense1(x)
        x = self.dense2(x)
        x = self.dense3(x)
        return x

class LeNet_custom(LeNet):
    def __init__(self):
        nn.Block.__init__(self)
        self.conv1 = nn.Conv2D(channels=6, kernel_size=3, activation='relu')
        self.pool1 = nn.MaxPool2D(pool_size=2, strides=2)
        self.conv2 = nn.Conv2D(channels=16, kernel_size=3, activation='relu')
        self.pool2 = nn.MaxPool2D(pool_size=2, strides=2)
        self.dense1 = nn.Dense(120, activation="relu")
        self.dense2 = nn.Dense(84, activation="relu")
        self.dense3 = custom_layer(10, 84)

lenet = LeNet()
lenet_custom = LeNet_custom()
image_data = np.random.uniform(-1, 1, (1, 1, 28, 28))
lenet.initialize()
lenet_custom.initialize()
print("Lenet:")
show(lenet(image_data))
print("Custom Lenet:")
show(lenet_custom(image_data))
print(lenet.conv1.weight.data().shape, lenet.dense1.bias.data().shape)
print(lenet_custom)

net_hybrid_seq = nn.HybridSequential()
net_hybrid_seq.add(nn.Dense(5, in_units=3, activation='relu'), nn.Dense(25, activation='relu'), nn.Dense(2))
print(net_hybrid_seq)
net_hybrid_seq.hybridize()
net_hybrid_seq.initialize()
show(net_hybrid_seq(np.ones((2, 3))))

class CustomLayer(nn.HybridBlock):
    def __init__(self, out_units, in_units=-1):
        super().__init__()
        self.weight = Parameter("weight", shape=(in_units, out_units), allow_deferred_init=True)
        self.bias = Parameter("bias", shape=(out_units,), allow_deferred_init=True)

    def hybrid_forward(self, F, x, weight, bias):
        print(self.weight.shape, self.bias.shape)
        return F.np.dot(x, weight) + bias

dense = CustomLayer(3)
dense.initialize()
try:
    show(dense(np.random.uniform(size=(4, 5))))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:200])
