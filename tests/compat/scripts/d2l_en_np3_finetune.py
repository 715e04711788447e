"""d2l-en fine-tuning: ImageFolderDataset on small PNG files, Resize/CenterCrop/Normalize, model_zoo resnet18_v2
built locally, features reused, lr_mult on the new output layer, Trainer with wd."""
import os, random, struct, tempfile, zlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)


def write_png(path, pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


root = tempfile.mkdtemp()
for split in ['train', 'test']:
    for cls in ['hotdog', 'not-hotdog']:
        os.makedirs(os.path.join(root, split, cls))
        for i in range(3):
            h, w = onp.random.randint(20, 40, size=2)
            write_png(os.path.join(root, split, cls, '%d.png' % i), onp.random.randint(0, 256, (h, w, 3)).astype(onp.uint8))
    with open(os.path.join(root, split, 'notes.txt'), 'w') as f:
        f.write('not an image')

train_imgs = gluon.data.vision.ImageFolderDataset(os.path.join(root, 'train'))
test_imgs = gluon.data.vision.ImageFolderDataset(os.path.join(root, 'test'))
print(len(train_imgs), train_imgs.synsets)
print([os.path.relpath(p, root) + ' %d' % l for p, l in train_imgs.items])
x0, y0 = train_imgs[0]
print(type(x0).__name__, x0.shape, x0.dtype, type(y0).__name__, y0)
print(int(x0.astype('int64').sum()))
hotdogs = [train_imgs[i][0] for i in range(2)]
print([h.shape for h in hotdogs])
print(train_imgs[-1][1])

T = gluon.data.vision.transforms
normalize = T.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
train_augs = T.Compose([T.RandomResizedCrop(16), T.RandomFlipLeftRight(), T.ToTensor(), normalize])
test_augs = T.Compose([T.Resize(18), T.CenterCrop(16), T.ToTensor(), normalize])
print(normalize)
print(T.Resize(18), T.CenterCrop(16))
t = test_augs(x0)
print(t.shape, t.dtype)
print(t[:, 0, :3])
r = T.Resize(18)(x0)
print(r.shape, int(r.astype('int64').sum()))
c = T.CenterCrop(16)(r)
print(c.shape, int(c.astype('int64').sum()))
tt = train_augs(x0)
print(tt.shape, '%.4f' % float(tt.sum()))

pretrained_net = gluon.model_zoo.vision.resnet18_v2(classes=10)
pretrained_net.initialize(init.Xavier())
print(pretrained_net.output)
print(type(pretrained_net.features).__name__, len(pretrained_net.features))
tmp = os.path.join(root, 'resnet18_v2.params')
pretrained_net(np.zeros((1, 3, 16, 16)))
pretrained_net.save_parameters(tmp)
loaded = gluon.model_zoo.vision.resnet18_v2(classes=10)
loaded.load_parameters(tmp)
print(sorted(loaded.collect_params().keys())[:4])
print(len(list(loaded.collect_params().keys())))
print(loaded.output.weight.data()[0, :4])

finetune_net = gluon.model_zoo.vision.resnet18_v2(classes=2)
finetune_net.features = loaded.features
finetune_net.output.initialize(init.Xavier())
finetune_net.output.collect_params().setattr('lr_mult', 10)
print(finetune_net.output.weight.lr_mult, finetune_net.features[0].gamma.lr_mult)
print(finetune_net.output.weight)
print(finetune_net.output.weight.data()[0, :4])

train_iter = gluon.data.DataLoader(train_imgs.transform_first(train_augs), 4, shuffle=True)
test_iter = gluon.data.DataLoader(test_imgs.transform_first(test_augs), 4)
devices = [mx.cpu()]
finetune_net.collect_params().reset_ctx(devices)
finetune_net.hybridize()
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(finetune_net.collect_params(), 'sgd', {'learning_rate': 0.01, 'wd': 0.001})
for epoch in range(1):
    for X, y in train_iter:
        with autograd.record():
            l = loss(finetune_net(X), y)
        l.backward()
        trainer.step(X.shape[0])
        # a 2-sample BatchNorm at 1x1 amplifies last-ulp convolution differences: print no trained values
        print(X.shape, y.dtype, y, '%.4f' % float(X.sum()), l.shape, bool(np.isfinite(l).all()))
acc = 0
for X, y in test_iter:
    acc += int((finetune_net(X).argmax(axis=1) == y).sum())
print('test acc', 0 <= acc <= len(test_imgs))
print(finetune_net.output.weight.data().shape, finetune_net.features[0].running_mean.data().shape)

# lr_mult and wd on a small net: the new layer moves ten times as far
mx.random.seed(0)
base = gluon.nn.Dense(3, in_units=4)
head = gluon.nn.Dense(2, in_units=3)
base.initialize(init.Constant(0.5)); head.initialize(init.Xavier())
head.collect_params().setattr('lr_mult', 10)
params = gluon.ParameterDict()
params.update(base.collect_params()); params.update(head.collect_params())
tr = gluon.Trainer(params, 'sgd', {'learning_rate': 0.01, 'wd': 0.001})
X = np.array(onp.arange(8, dtype='float32').reshape(2, 4) / 8)
y = np.array([0, 1])
w0 = head.weight.data().copy(); b0 = base.weight.data().copy()
for _ in range(2):
    with autograd.record():
        l = loss(head(base(X)), y)
    l.backward()
    tr.step(2)
    print(l.round(5))
print((head.weight.data() - w0).round(5))
print((base.weight.data() - b0).round(6))
print(tr.learning_rate, head.weight.lr_mult, head.weight.wd_mult, base.weight.lr_mult)
