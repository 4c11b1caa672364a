package it.integra.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application read from its request mappings, with the names of the query or form
 * parameters its handler binds: {@code @RequestParam}s, simple arguments, the components of a bound
 * form record and a {@code Pageable}'s page, size and sort. A new route or parameter is picked up by itself.
 */
record Routes(List<Route> all) {

    /** One method and path, with path variables filled with a plausible value, and its parameters. */
    record Route(String method, String pattern, String path, List<String> parameters) {

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Set<String> PAGEABLE = Set.of("page", "size", "sort");

    static Routes of(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("it.integra")) {
                continue;
            }
            List<String> parameters = parameters(handler);
            Set<String> methods = new LinkedHashSet<>();
            entry.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String method : methods) {
                    routes.add(new Route(method, pattern, fill(pattern), parameters));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return new Routes(List.copyOf(routes));
    }

    List<Route> withMethod(String method) {
        return all.stream().filter(route -> route.method().equals(method)).toList();
    }

    private static List<String> parameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.hasParameterAnnotation(RequestHeader.class) || MultipartFile.class.isAssignableFrom(type)) {
                continue;
            }
            if (requestParam != null) {
                if (!Map.class.isAssignableFrom(type)) {
                    names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
                }
            } else if (Pageable.class.isAssignableFrom(type)) {
                names.addAll(PAGEABLE);
            } else if (BeanUtils.isSimpleProperty(type)) {
                names.add(parameter.getParameterName());
            } else if (type.isRecord() && type.getPackageName().startsWith("it.integra")) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return List.copyOf(names);
    }

    /** The pattern with every path variable replaced: a number where it looks like an id, else a code. */
    private static String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            String value = name.endsWith("id") || name.equals("year") || name.equals("month") ? "1" : "X";
            if (name.equals("year")) {
                value = "2024";
            }
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }
}
