import os, struct, tempfile, zlib, random
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon.loss import Loss
mx.random.seed(17)
random.seed(17)
np.random.seed(17)

def png_bytes(img):
    """an RGB uint8 image as PNG bytes (no image library needed)"""
    h, w, _ = img.shape
    raw = b''.join(b'\x00' + img[r].tobytes() for r in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

root = tempfile.mkdtemp()
rs = np.random.RandomState(3)
for alphabet in ['Tifinagh', 'Inuktitut']:
    for ch in ['character01', 'character02', 'character03']:
        d = os.path.join(root, alphabet, ch)
        os.makedirs(d)
        for i in range(2):
            with open(os.path.join(d, '%02d.png' % i), 'wb') as f:
                f.write(png_bytes(rs.randint(0, 256, (20, 20, 3)).astype(np.uint8)))

class ContrastiveLoss(Loss):
    def __init__(self, margin=6., weight=None, batch_axis=0, **kwargs):
        super(ContrastiveLoss, self).__init__(weight, batch_axis, **kwargs)
        self.margin = margin

    def hybrid_forward(self, F, image1, image2, label):
        distances = image1 - image2
        distances_squared = F.sum(F.square(distances), 1, keepdims=True)
        euclidean_distances = F.sqrt(distances_squared + 0.0001)
        d = F.clip(self.margin - euclidean_distances, 0, self.margin)
        loss = (1 - label) * distances_squared + label * F.square(d)
        loss = 0.5*loss
        return loss
loss = ContrastiveLoss(margin=6.0)
print(loss)
a = nd.array([[1., 2.], [0., 0.5]]); b = nd.array([[1., 0.], [3., 0.5]]); lab = nd.array([[0.], [1.]])
print(loss(a, b, lab))
loss.hybridize()
print(loss(a, b, lab))

class Siamese(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Siamese, self).__init__(**kwargs)
        with self.name_scope():
            self.cnn = gluon.nn.HybridSequential()
            with self.cnn.name_scope():
                self.cnn.add(gluon.nn.Conv2D(8, 5, activation='relu'))
                self.cnn.add(gluon.nn.MaxPool2D(2, 2))
                self.cnn.add(gluon.nn.Conv2D(8, 3, activation='relu'))
                self.cnn.add(gluon.nn.MaxPool2D(2, 2))
                self.cnn.add(gluon.nn.Dense(16, activation='relu'))
                self.cnn.add(gluon.nn.Dense(2, activation='softrelu'))

    def hybrid_forward(self, F, input0, input1):
        out0 = self.cnn(input0)
        out1 = self.cnn(input1)
        return out0, out1

class GetImagePairs(mx.gluon.data.vision.ImageFolderDataset):
    def __init__(self, root):
        super(GetImagePairs, self).__init__(root, flag=0)
        self.root = root

    def __getitem__(self, index):
        items_with_index = list(enumerate(self.items))
        image0_index, image0_tuple = random.choice(items_with_index)
        should_get_same_class = random.randint(0, 1)
        if should_get_same_class:
            while True:
                image1_index, image1_tuple = random.choice(items_with_index)
                if image0_tuple[1] == image1_tuple[1]:
                    break
        else:
            image1_index, image1_tuple = random.choice(items_with_index)
        image0 = super().__getitem__(image0_index)
        image1 = super().__getitem__(image1_index)
        label = mx.nd.array([int(image1_tuple[1] != image0_tuple[1])])
        return image0[0], image1[0], label

    def __len__(self):
        return super().__len__()

def transform(img0, img1, label):
    normalized_img0 = nd.transpose(img0.astype('float32'), (2, 0, 1))/255.0
    normalized_img1 = nd.transpose(img1.astype('float32'), (2, 0, 1))/255.0
    return normalized_img0, normalized_img1, label

train = GetImagePairs(os.path.join(root, 'Tifinagh'))
test = GetImagePairs(os.path.join(root, 'Inuktitut'))
print(len(train), train.synsets, [os.path.basename(p) for p, _ in train.items])
train_dataloader = gluon.data.DataLoader(train.transform(transform), shuffle=True, batch_size=4)
test_dataloader = gluon.data.DataLoader(test.transform(transform), shuffle=False, batch_size=1)
img1, img2, label = test[0]
print(img1.shape, img1.dtype, img2.shape, label)
print("Same: {}".format(int(label.asscalar()) == 0))

model = Siamese()
model.initialize(init=mx.init.Xavier())
trainer = gluon.Trainer(model.collect_params(), 'adam', {'learning_rate': 0.001})
loss = ContrastiveLoss(margin=6.0)
for epoch in range(2):
    for i, data in enumerate(train_dataloader):
        image1, image2, label = data
        with autograd.record():
            output1, output2 = model(image1, image2)
            loss_contrastive = loss(output1, output2, label)
        loss_contrastive.backward()
        trainer.step(image1.shape[0])
        loss_mean = loss_contrastive.mean().asscalar()
        print("Epoch number {}\n Current loss {:.4f}\n".format(epoch, loss_mean))
for i, data in enumerate(test_dataloader):
    img1, img2, label = data
    output1, output2 = model(img1, img2)
    dist_sq = mx.ndarray.sum(mx.ndarray.square(output1 - output2))
    dist = mx.ndarray.sqrt(dist_sq).asscalar()
    print("Euclidean Distance: %.4f" % dist, "Test label", label[0].asscalar())
