#pragma once

#include "domain/ParseError.h"

#include <utility>
#include <variant>

namespace m3ter {

// Either a parsed value or the reason it could not be parsed. Parsing never throws, so every
// fromJson returns one of these and the caller decides how to show the error.
template <class T>
class Parsed {
public:
    // Implicit on purpose: `return bill;` and `return ParseError{...};` both read naturally.
    Parsed(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Parsed(ParseError error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only valid when ok().
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // Only valid when !ok().
    const ParseError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ParseError> m_data;
};

} // namespace m3ter
