extension RandomAccessCollection {
    /// The index of the first element for which `belongsAfter` holds, in a collection where every element for which it
    /// fails comes before every element for which it holds (binary search; `endIndex` when none holds).
    @inlinable public func partitionPoint(where belongsAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if try belongsAfter(self[mid]) { count = half } else { low = index(after: mid); count -= half + 1 }
        }
        return low
    }
}
