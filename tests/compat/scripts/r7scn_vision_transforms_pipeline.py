# An image classification input pipeline on synthetic uint8 images: Compose of ToTensor/Normalize/CenterCrop,
# transform_first, batching, and a tiny Dense classifier on the flattened tensors
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon.data.vision import transforms

np.random.seed(0)
images = nd.array(np.random.randint(0, 256, size=(6, 10, 10, 3)), dtype='uint8')
labels = nd.array([0, 1, 0, 1, 1, 0])
tf = transforms.Compose([transforms.CenterCrop(8), transforms.ToTensor(),
                         transforms.Normalize(mean=(0.5, 0.4, 0.3), std=(0.2, 0.25, 0.3))])
ds = gluon.data.ArrayDataset(images, labels).transform_first(tf)
x0, y0 = ds[0]
print(x0.shape, x0.dtype, y0, x0[0, 0, :4].asnumpy().tolist())
loader = gluon.data.DataLoader(ds, batch_size=3)
net = gluon.nn.Dense(2)
net.initialize(mx.init.Constant(0.001))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.01})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for data, label in loader:
    with autograd.record():
        l = loss_fn(net(data), label)
    l.backward()
    trainer.step(data.shape[0])
    print(data.shape, l.asnumpy().tolist())
print(net.bias.data().asnumpy().tolist())
t = transforms.ToTensor()(images[1])
print(t.shape, t[2, 9, 9].asscalar(), transforms.Cast('float16')(images[0]).dtype)
resized = transforms.Resize(5, interpolation=0)(images[2])
print(resized.shape, resized[:, :, 0].asnumpy().tolist())
print(transforms.CropResize(1, 2, 4, 3)(images[3]).shape)
